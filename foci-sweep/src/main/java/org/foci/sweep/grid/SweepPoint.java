package org.foci.sweep.grid;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.foci.api.Settings;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.wiring.PluginRegistry;

/**
 * One run of a sweep: a method, a seed and the settings the grid gives it, on a scale preset.
 * Serializable: it travels to a Spark executor as the input of one task.
 *
 * @param index          its position in the sweep (rows are reported in this order)
 * @param preset         the scale preset's name
 * @param method         the method's name
 * @param seed           the run seed
 * @param settings       the grid's settings for this run, only those that apply to its plug-ins; kept sorted by key
 * @param presetSettings the settings of a preset read from a file ({@code --preset-file}), which travel with the
 *                       point; {@code null} for a preset plug-in, which every executor looks up by name
 */
public record SweepPoint(int index, String preset, String method, long seed, Map<String, String> settings,
                         Map<String, String> presetSettings) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SweepPoint {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(method, "method");
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
        presetSettings = presetSettings == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(presetSettings));
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, but was " + index);
        }
    }

    /** A run on a preset plug-in. */
    public SweepPoint(int index, String preset, String method, long seed, Map<String, String> settings) {
        this(index, preset, method, seed, settings, null);
    }

    /** The run's scale preset: the plug-in of its name, or the preset file's settings under its name. */
    public ScalePreset scalePreset(PluginRegistry registry) {
        return presetSettings == null ? registry.preset(preset, "preset")
                : new ScalePreset(preset, "read from a preset file", Settings.of(presetSettings), 1);
    }

    /**
     * A stable id from everything that determines the run's result: {@code <method>-s<seed>-<hash>},
     * the hash over preset (a file preset's settings too), method, seed and settings. The run's files live in {@code runs/<id>/}, so a
     * sweep re-run (or another grid sharing the point) finds a finished run there and does not redo it.
     */
    public String runId() {
        String identity = "preset=" + preset + "\n" + (presetSettings == null ? "" : presetSettings.entrySet().stream()
                .map(e -> "preset." + e.getKey() + "=" + e.getValue() + "\n").collect(Collectors.joining()))
                + "method=" + method + "\nseed=" + seed + "\n"
                + settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n")
                        .collect(Collectors.joining());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return method + "-s" + seed + "-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The same run at another position. */
    public SweepPoint at(int newIndex) {
        return new SweepPoint(newIndex, preset, method, seed, settings, presetSettings);
    }

    /** {@code foci s1 env.devices=240}, for logs and messages. */
    public String label() {
        StringBuilder label = new StringBuilder(method).append(" s").append(seed);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            label.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        return label.toString();
    }
}
