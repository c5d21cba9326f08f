package org.foci.env.config;

import org.foci.api.SettingKey;

/** Validation of record components against the rules of their setting keys (one source of truth). */
final class Checks {

    private Checks() {
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException {@code device.batteryWh must be > 0.0, but was -1.0}
     */
    static <T> T require(String prefix, SettingKey<T> key, T value) {
        if (value == null) {
            throw new IllegalArgumentException(prefix + key.name() + " must not be null");
        }
        key.violation(value).ifPresent(reason -> {
            throw new IllegalArgumentException(prefix + key.name() + " " + reason + ", but was " + key.format(value));
        });
        return value;
    }

    static double require(SettingKey<Double> key, double value) {
        return require("", key, value);
    }

    static int require(SettingKey<Integer> key, int value) {
        return require("", key, value);
    }
}
