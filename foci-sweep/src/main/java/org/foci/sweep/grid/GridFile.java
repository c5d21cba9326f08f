package org.foci.sweep.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foci.experiments.cli.UserException;
import org.foci.sweep.run.ExperimentRuntime;

/**
 * Reads a grid file, YAML ({@code .yaml}, {@code .yml}, anything else) or JSON ({@code .json}):
 * <pre>{@code
 * method: [foci, iql, nsg]          # or one name
 * seed: [1, 2, 3]                   # whole numbers; default: the preset's seeds (1..n)
 * env.devices: [240, 480, 960]      # any setting key: a list is an axis, a single value is fixed
 * agent:
 *   learningRate: [1e-4, 3e-4]      # nested mappings are dotted keys: agent.learningRate
 * runs:                             # optional: explicit runs, each setting several keys at once
 *   - {method: foci, seed: 1, env.devices: 240}
 *   - {method: nsg, env.devices: 480}
 * }</pre>
 *
 * <p>Every problem of the file (malformed YAML, unknown methods, empty axes, repeated values, nested
 * lists, a key set both by an axis and by a run, no method at all) is reported at once, each naming
 * the file and the key. Whether a setting key exists is the {@link SweepPlanner}'s check; whether its
 * values are valid is each run's own.
 */
public final class GridFile {

    /** The key of the explicit runs. */
    public static final String RUNS = "runs";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private GridFile(Path file) {
        this.file = file;
    }

    /**
     * Reads and checks a grid file.
     *
     * @throws UserException naming the file and every problem found
     */
    public static SweepGrid read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + (Files.isDirectory(file) ? ": is a folder, not a grid file"
                    : ": no such grid file"));
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new UserException(file + ": malformed " + (json ? "JSON" : "YAML")
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return new GridFile(file).parse(root);
    }

    private SweepGrid parse(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new UserException(file + ": is empty; a grid lists axes such as 'method: [foci, nsg]' and "
                    + "'seed: [1, 2]'");
        }
        if (!root.isObject()) {
            throw new UserException(file + ": must be a mapping of axes (key: [values]), but is a "
                    + kind(root));
        }
        List<Axis> axes = new ArrayList<>();
        List<Map<String, String>> runs = new ArrayList<>();
        int runsAt = -1;
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        flatten("", root, entries, true);
        for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (key.equals(RUNS)) {
                runsAt = axes.size();
                runs.addAll(runs(entry.getValue()));
            } else {
                Axis axis = axis(key, entry.getValue());
                if (axis != null) {
                    axes.add(axis);
                }
            }
        }
        checkRunsAgainstAxes(axes, runs);
        if (axes.stream().noneMatch(a -> a.key().equals(Axis.METHOD)) && runs.isEmpty()) {
            problems.add("no method: add an axis such as 'method: [foci, nsg]' (available: "
                    + String.join(", ", methodNames()) + ")");
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems.size() == 1 ? file + ": " + problems.get(0)
                    : file + ": " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems));
        }
        return new SweepGrid(file, axes, runs, Math.max(runsAt, 0));
    }

    /** Nested mappings become dotted keys, except the explicit runs at the top. */
    private void flatten(String prefix, JsonNode node, Map<String, JsonNode> out, boolean top) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey().trim();
            if (field.getValue().isObject() && !(top && key.equals(RUNS))) {
                flatten(key + ".", field.getValue(), out, false);
            } else if (out.putIfAbsent(key, field.getValue()) != null) {
                problems.add(key + ": given twice (once dotted, once nested)");
            }
        }
    }

    private Axis axis(String key, JsonNode node) {
        if (!Axis.isReserved(key) && key.indexOf('.') < 0) {
            problems.add(key + ": not a key of a grid; use method, seed, runs or a setting key such as "
                    + "env.devices (see 'foci list --settings')");
            return null;
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            if (node.isEmpty()) {
                problems.add(key + ": an empty axis; list at least one value");
                return null;
            }
            for (int i = 0; i < node.size(); i++) {
                String value = scalar(key + "[" + i + "]", node.get(i));
                if (value != null) {
                    values.add(value);
                }
            }
        } else {
            String value = scalar(key, node);
            if (value != null) {
                values.add(value);
            }
        }
        if (values.size() != (node.isArray() ? node.size() : 1)) {
            return null;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                problems.add(key + ": repeats the value " + value);
                return null;
            }
        }
        for (int i = 0; i < values.size(); i++) {
            checkReserved(node.isArray() ? key + "[" + i + "]" : key, key, values.get(i));
        }
        return new Axis(key, values);
    }

    private List<Map<String, String>> runs(JsonNode node) {
        List<Map<String, String>> runs = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problems.add(RUNS + ": must be a non-empty list of runs such as '- {method: foci, seed: 1}', but is "
                    + (node.isArray() ? "empty" : "a " + kind(node)));
            return runs;
        }
        for (int i = 0; i < node.size(); i++) {
            String where = RUNS + "[" + i + "]";
            JsonNode run = node.get(i);
            if (!run.isObject() || run.isEmpty()) {
                problems.add(where + ": must be a mapping of keys to single values, such as "
                        + "'{method: foci, env.devices: 240}', but is " + (run.isObject() ? "empty" : "a " + kind(run)));
                continue;
            }
            Map<String, JsonNode> flat = new LinkedHashMap<>();
            flatten("", run, flat, false);
            Map<String, String> values = new LinkedHashMap<>();
            flat.forEach((key, value) -> {
                if (key.equals(RUNS) || !Axis.isReserved(key) && key.indexOf('.') < 0) {
                    problems.add(where + "." + key + ": not a key of a run; use method, seed or a setting key "
                            + "such as env.devices");
                } else if (value.isArray()) {
                    problems.add(where + "." + key + ": a run takes a single value, but was a list; use a "
                            + "top-level axis to sweep it");
                } else {
                    String text = scalar(where + "." + key, value);
                    if (text != null && checkReserved(where + "." + key, key, text)) {
                        values.put(key, text);
                    }
                }
            });
            runs.add(values);
        }
        return runs;
    }

    private void checkRunsAgainstAxes(List<Axis> axes, List<Map<String, String>> runs) {
        boolean methodAxis = axes.stream().anyMatch(a -> a.key().equals(Axis.METHOD));
        for (int i = 0; i < runs.size(); i++) {
            for (String key : runs.get(i).keySet()) {
                if (axes.stream().anyMatch(a -> a.key().equals(key))) {
                    problems.add(RUNS + "[" + i + "]." + key + ": also a top-level axis; set it in one place");
                }
            }
            if (!methodAxis && !runs.get(i).containsKey(Axis.METHOD)) {
                problems.add(RUNS + "[" + i + "]: names no method, and the grid has no method axis");
            }
        }
    }

    /** The method plug-ins' names, the paper's first. */
    private static List<String> methodNames() {
        return ExperimentRuntime.get().registry().methodNames();
    }

    /** Method names must be known and seeds whole numbers; false (and a problem noted) when not. */
    private boolean checkReserved(String where, String key, String value) {
        if (key.equals(Axis.METHOD) && !methodNames().contains(value)) {
            problems.add(where + ": unknown method '" + value + "' (available: " + String.join(", ", methodNames())
                    + ")");
            return false;
        }
        if (key.equals(Axis.SEED)) {
            try {
                Long.parseLong(value);
            } catch (NumberFormatException e) {
                problems.add(where + ": a seed must be a whole number, but was '" + value + "'");
                return false;
            }
        }
        return true;
    }

    /** The text of a single value, as a setting holds it; null (and a problem noted) for lists, maps, nulls. */
    private String scalar(String where, JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add(where + ": has no value");
            return null;
        }
        if (!node.isValueNode()) {
            problems.add(where + ": must be a number, text or boolean, but was a " + kind(node));
            return null;
        }
        String text;
        if (node.isIntegralNumber()) {
            text = node.bigIntegerValue().toString();
        } else if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            // 1e-4 is read as a double: write it plainly (0.0001), as a person would, not as 1.0E-4.
            text = node.decimalValue().stripTrailingZeros().toPlainString();
        } else {
            text = node.asText().trim();
        }
        if (text.isEmpty()) {
            problems.add(where + ": has an empty value");
            return null;
        }
        return text;
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "list" : node.isObject() ? "mapping" : node.isTextual() ? "text" : "single value";
    }
}
