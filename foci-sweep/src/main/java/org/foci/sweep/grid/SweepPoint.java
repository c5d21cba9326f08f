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

/**
 * One run of a sweep: a method, a seed and the settings the grid gives it, on a scale preset.
 * Serializable: it travels to a Spark executor as the input of one task.
 *
 * @param index    its position in the sweep (rows are reported in this order)
 * @param preset   the scale preset's name
 * @param method   the method's name
 * @param seed     the run seed
 * @param settings the grid's settings for this run, only those that apply to its plug-ins; kept sorted by key
 */
public record SweepPoint(int index, String preset, String method, long seed, Map<String, String> settings)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SweepPoint {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(method, "method");
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, but was " + index);
        }
    }

    /**
     * A stable id from everything that determines the run's result: {@code <method>-s<seed>-<hash>},
     * the hash over preset, method, seed and settings. The run's files live in {@code runs/<id>/}, so a
     * sweep re-run (or another grid sharing the point) finds a finished run there and does not redo it.
     */
    public String runId() {
        String identity = "preset=" + preset + "\nmethod=" + method + "\nseed=" + seed + "\n"
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
        return new SweepPoint(newIndex, preset, method, seed, settings);
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
