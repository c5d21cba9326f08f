package org.foci.experiments.oracle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.foci.api.allocation.Allocation;
import org.foci.api.allocation.AllocationRequest;
import org.foci.experiments.cli.UserException;

/**
 * Reads allocation instances from JSON and writes allocations as JSON: the file format of
 * {@code foci oracle}, so the oracle is usable from the shell and from other languages.
 *
 * <pre>
 * input  {"instances":[{"sms":24,"devices":[{"rc":0.8,"rf":1.9}, …]}, …]}
 * output {"allocator":"NAME","results":[{"allocation":[…],"worstCost":1.234}, …]}
 * </pre>
 *
 * <p>Every mistake is reported with the source name and the JSON path of the offending value,
 * for example {@code in.json: instances[2].devices[1].rf must be a finite number >= 0, but was -1}.
 */
public final class OracleInstances {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private OracleInstances() {
    }

    /**
     * Parses instances.
     *
     * @param source a name for messages (the file name)
     * @param in     the JSON text
     * @throws UserException naming the source and the instance and field at fault
     */
    public static List<AllocationRequest> read(String source, InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UserException(source + ": malformed JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw new UserException(source + ": no such file");
        } catch (IOException e) {
            throw new UserException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new UserException(source + ": is empty; expected {\"instances\":[...]}");
        }
        if (!(root instanceof ObjectNode)) {
            throw new UserException(source + ": must hold a JSON object {\"instances\":[...]}, but holds "
                    + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        requireOnlyFields(source, "the top level", root, Set.of("instances"));
        JsonNode instances = root.get("instances");
        if (!(instances instanceof ArrayNode)) {
            throw new UserException(source + ": instances must be an array, but was "
                    + (instances == null ? "missing" : instances.toString()));
        }
        List<AllocationRequest> requests = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            requests.add(instance(source, "instances[" + i + "]", instances.get(i)));
        }
        return requests;
    }

    private static AllocationRequest instance(String source, String path, JsonNode node) {
        if (!(node instanceof ObjectNode)) {
            throw new UserException(source + ": " + path + " must be an object {\"sms\":..,\"devices\":[..]}, but was "
                    + node);
        }
        requireOnlyFields(source, path, node, Set.of("sms", "devices"));
        JsonNode smsNode = node.get("sms");
        if (smsNode == null || !smsNode.isIntegralNumber() || !smsNode.canConvertToInt() || smsNode.intValue() < 1) {
            throw new UserException(source + ": " + path + ".sms must be an integer >= 1, but was "
                    + (smsNode == null ? "missing" : smsNode.toString()));
        }
        JsonNode devices = node.get("devices");
        if (!(devices instanceof ArrayNode)) {
            throw new UserException(source + ": " + path + ".devices must be an array, but was "
                    + (devices == null ? "missing" : devices.toString()));
        }
        int sms = smsNode.intValue();
        if (devices.size() > sms) {
            throw new UserException(source + ": " + path + ".sms must be >= the number of devices (" + devices.size()
                    + "), but was " + sms);
        }
        double[] fixed = new double[devices.size()];
        double[] scalable = new double[devices.size()];
        for (int m = 0; m < devices.size(); m++) {
            String devicePath = path + ".devices[" + m + "]";
            JsonNode device = devices.get(m);
            if (!(device instanceof ObjectNode)) {
                throw new UserException(source + ": " + devicePath + " must be an object {\"rc\":..,\"rf\":..}, but was "
                        + device);
            }
            requireOnlyFields(source, devicePath, device, Set.of("rc", "rf"));
            fixed[m] = cost(source, devicePath + ".rc", device.get("rc"));
            scalable[m] = cost(source, devicePath + ".rf", device.get("rf"));
        }
        return new AllocationRequest(fixed, scalable, sms);
    }

    private static double cost(String source, String path, JsonNode node) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue()) || node.doubleValue() < 0) {
            throw new UserException(source + ": " + path + " must be a finite number >= 0, but was "
                    + (node == null ? "missing" : node.toString()));
        }
        return node.doubleValue();
    }

    private static void requireOnlyFields(String source, String path, JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new UserException(source + ": " + path + " has unknown field '" + name + "' (expected "
                        + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    /** The output document for an allocator's results; a NaN worst cost (no device) is written as null. */
    public static ObjectNode results(String allocator, List<Allocation> allocations) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("allocator", allocator);
        ArrayNode results = root.putArray("results");
        for (Allocation allocation : allocations) {
            ObjectNode result = results.addObject();
            ArrayNode sms = result.putArray("allocation");
            for (int l : allocation.sms()) {
                sms.add(l);
            }
            if (Double.isNaN(allocation.worstCost())) {
                result.putNull("worstCost");
            } else {
                result.put("worstCost", allocation.worstCost());
            }
        }
        return root;
    }

    /** Pretty-printed JSON text with a final newline. */
    public static String toJson(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
