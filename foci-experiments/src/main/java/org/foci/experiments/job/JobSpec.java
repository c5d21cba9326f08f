package org.foci.experiments.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.foci.api.Settings;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.cli.UserException;

/**
 * What a job runs: a scale preset, methods, seeds and the user's settings. Its JSON form is the
 * job part of {@code config.json}; {@code foci reproduce --config config.json} runs it again.
 *
 * @param preset    scale preset name
 * @param methods   method names, in table order
 * @param seeds     seeds per method
 * @param firstSeed the first run seed (seeds are {@code firstSeed .. firstSeed + seeds - 1})
 * @param settings  the user's settings (file and {@code --set}), flat dotted keys
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobSpec(String preset, List<String> methods, int seeds, long firstSeed,
                      SortedMap<String, String> settings) {

    public JobSpec {
        Objects.requireNonNull(preset, "preset");
        methods = List.copyOf(Objects.requireNonNull(methods, "methods"));
        settings = new TreeMap<>(settings == null ? Map.of() : settings);
        if (seeds < 1) {
            throw new UserException("seeds must be >= 1, but was " + seeds);
        }
        if (methods.isEmpty()) {
            throw new UserException("a job needs at least one method; available: " + Method.names());
        }
    }

    /** The scale preset. */
    public ScalePreset scalePreset() {
        return ScalePreset.named(preset).orElseThrow(() -> new UserException(
                "unknown preset '" + preset + "'; available: " + ScalePreset.names()));
    }

    /** The methods. */
    public List<Method> methodList() {
        return methods.stream().map(name -> Method.named(name).orElseThrow(() -> new UserException(
                "unknown method '" + name + "'; available: " + Method.names()))).toList();
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
