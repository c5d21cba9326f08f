package org.foci.api;

import java.util.Objects;

/**
 * One thing wrong with a configuration: the key, the offending value and the rule it breaks.
 *
 * <p>Immutable and thread-safe. {@link #toString()} reads as a sentence, for example
 * {@code env.devices must be > 0, but was -3}.
 *
 * @param key    the full configuration key, for example {@code env.devices}; never null
 * @param value  the raw value as given, or {@code null} when the key was missing
 * @param reason what the value must be, for example {@code must be > 0}; never null
 */
public record ConfigurationProblem(String key, String value, String reason) {

    /**
     * Checks that the key and the reason are present (the value may be null: the key is absent).
     *
     * @param key    the full configuration key, for example {@code env.devices}; never null
     * @param value  the raw value as given, or {@code null} when the key was missing
     * @param reason what the value must be, for example {@code must be > 0}; never null
     */
    public ConfigurationProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A problem with a key nobody declared.
     *
     * @param key   the full key; never null
     * @param value its raw value
     * @param known the declared keys, for the message
     * @return the problem
     */
    public static ConfigurationProblem unknownKey(String key, String value, String known) {
        return new ConfigurationProblem(key, value, "is not a known key (known: " + known + ")");
    }

    @Override
    public String toString() {
        return value == null ? key + " " + reason : key + " " + reason + ", but was '" + value + "'";
    }
}
