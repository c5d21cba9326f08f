package org.foci.sweep.grid;

import java.util.List;
import java.util.Objects;

/**
 * One axis of a grid: a key and the values it takes, in file order. The key is {@code method},
 * {@code seed} or a setting key ({@code env.devices}); values are text, as a setting holds them.
 *
 * @param key    the key; never blank
 * @param values at least one value, no repeats
 */
public record Axis(String key, List<String> values) {

    /** The key naming the methods. */
    public static final String METHOD = "method";
    /** The key naming the run seeds. */
    public static final String SEED = "seed";

    public Axis {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        if (key.isBlank()) {
            throw new IllegalArgumentException("an axis key must not be blank");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("axis " + key + " must have at least one value");
        }
    }

    /** True for the method or seed axis, false for a setting. */
    public boolean isReserved() {
        return isReserved(key);
    }

    /** True for {@code method} and {@code seed}, the keys that are not settings. */
    public static boolean isReserved(String key) {
        return key.equals(METHOD) || key.equals(SEED);
    }
}
