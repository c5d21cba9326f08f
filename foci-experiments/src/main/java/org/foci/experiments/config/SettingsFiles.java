package org.foci.experiments.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.foci.api.Settings;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.io.Json;

/**
 * Reads settings from a file: JSON (nested objects or dotted keys, {@code {"env":{"devices":480}}}
 * or {@code {"env.devices":480}}) or Java properties ({@code env.devices=480}).
 */
public final class SettingsFiles {

    private SettingsFiles() {
    }

    /**
     * @throws UserException naming the file and what is wrong with it
     */
    public static Settings read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + (Files.isDirectory(file) ? ": is a folder, not a settings file"
                    : ": no such settings file"));
        }
        try {
            return file.toString().endsWith(".properties") ? properties(file) : json(Json.MAPPER.readTree(file.toFile()),
                    file);
        } catch (JsonProcessingException e) {
            throw new UserException(file + ": malformed JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Flattens a JSON object into dotted settings. */
    public static Settings json(JsonNode root, Path file) {
        if (root == null || !root.isObject()) {
            throw new UserException(file + ": must hold a JSON object of settings");
        }
        SortedMap<String, String> values = new TreeMap<>();
        flatten("", root, values, file);
        return Settings.of(values);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values, Path file) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, values, file);
            } else if (value.isValueNode() && !value.isNull()) {
                values.put(key, value.asText());
            } else {
                throw new UserException(file + ": setting " + key + " must be a number, string or boolean, but was "
                        + value);
            }
        }
    }

    private static Settings properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        SortedMap<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return Settings.of(values);
    }
}
