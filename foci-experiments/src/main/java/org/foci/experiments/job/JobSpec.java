package org.foci.experiments.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.foci.api.Settings;
import org.foci.experiments.cli.UserException;

/**
 * What a job runs: a scale preset, methods, seeds and the user's settings. Its JSON form is the
 * job part of {@code config.json}; {@code foci reproduce --config config.json} runs it again.
 * {@link JobConfigs} turns it into a configuration per method.
 *
 * @param preset     scale preset name (a preset plug-in's, or the name in {@code presetFile})
 * @param methods    method names, as asked for (Table 1 lists the paper's methods first)
 * @param seeds      seeds per method
 * @param firstSeed  the first run seed (seeds are {@code firstSeed .. firstSeed + seeds - 1})
 * @param settings   the user's settings (file and {@code --set}), flat dotted keys
 * @param presetFile the settings file the preset was read from ({@code --preset-file}), or null for a
 *                   preset plug-in; left out of the JSON when null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobSpec(String preset, List<String> methods, int seeds, long firstSeed,
                      SortedMap<String, String> settings,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String presetFile) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public JobSpec {
        Objects.requireNonNull(preset, "preset");
        methods = List.copyOf(Objects.requireNonNull(methods, "methods"));
        settings = new TreeMap<>(settings == null ? Map.of() : settings);
        if (seeds < 1) {
            throw new UserException("seeds must be >= 1, but was " + seeds);
        }
        if (methods.isEmpty()) {
            throw new UserException("a job needs at least one method ('foci list' shows them)");
        }
    }

    /** A job on a preset plug-in. */
    public JobSpec(String preset, List<String> methods, int seeds, long firstSeed, SortedMap<String, String> settings) {
        this(preset, methods, seeds, firstSeed, settings, null);
    }

    /** The user's settings. */
    public Settings overrides() {
        return Settings.of(settings);
    }

    /** The run seeds. */
    public List<Long> runSeeds() {
        return java.util.stream.LongStream.range(firstSeed, firstSeed + seeds).boxed().toList();
    }
}
