package org.foci.experiments.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.io.Json;

/**
 * {@code config.json}: the job, and for the record the fully resolved configuration of every method
 * (every plug-in's settings with their defaults filled in) and the plug-ins used.
 *
 * @param job      what was run; enough to run it again
 * @param resolved per method, every effective setting
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobConfigFile(JobSpec job, Map<String, SortedMap<String, String>> resolved) {

    /** File name in the output folder. */
    public static final String NAME = "config.json";

    /** Reads a config file written by a previous job. */
    public static JobConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + (Files.isDirectory(file) ? ": is a folder, not a configuration file"
                    : ": no such configuration file"));
        }
        try {
            JobConfigFile config = Json.read(file, JobConfigFile.class);
            if (config.job() == null) {
                throw new UserException(file + ": holds no \"job\" (is it a config.json written by foci reproduce?)");
            }
            return config;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserException(file + ": not a valid configuration: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes it atomically. */
    public void write(Path file) throws IOException {
        Json.write(file, this);
    }
}
