package org.foci.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An immutable set of configuration values, keyed by dotted names, read through declared
 * {@link SettingKey}s.
 *
 * <p>Values are kept as text, exactly as the user wrote them, and parsed when read, so that an
 * error can quote the raw value. A settings object may be a <em>scope</em> of a larger one
 * ({@link #scoped(String)}): it sees the keys below a prefix with the prefix stripped, but its
 * error messages name the full key ({@code env.devices must be > 0, but was '-3'}).
 *
 * <p>Typical use by a plug-in:
 * <pre>{@code
 * settings.requireValid(List.of(DEVICES, EDGES));   // unknown keys and bad values, all at once
 * int devices = settings.get(DEVICES);
 * }</pre>
 *
 * <p>Thread-safe (immutable). Iteration order of {@link #asMap()} is sorted by key.
 */
public final class Settings {

    private static final Settings EMPTY = new Settings("", new TreeMap<>());

    private final String prefix;
    private final SortedMap<String, String> values;

    private Settings(String prefix, SortedMap<String, String> values) {
        this.prefix = prefix;
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** {@return settings with no values: every key reads as its default} */
    public static Settings empty() {
        return EMPTY;
    }

    /**
     * Settings from a map; values are turned into text with {@link String#valueOf(Object)}.
     *
     * @param values full keys and their values; never null
     * @return the settings, at the root scope
     * @throws IllegalArgumentException if a key is blank or a value is null
     */
    public static Settings of(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        SortedMap<String, String> copy = new TreeMap<>();
        values.forEach((key, value) -> copy.put(checkKey(key), text(key, value)));
        return new Settings("", copy);
    }

    /**
     * Settings from alternating keys and values: {@code of("devices", 24, "edges", 3)}.
     *
     * @param keysAndValues a key, its value, the next key, its value, ...
     * @return the settings, at the root scope
     * @throws IllegalArgumentException if the items do not come in pairs, a key is blank or a value is null
     */
    public static Settings of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs, but got "
                    + keysAndValues.length + " items");
        }
        SortedMap<String, Object> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return of(map);
    }

    /**
     * A copy with one more value (or a replaced one).
     *
     * @param key   the key, relative to this scope; never blank
     * @param value its value, turned into text with {@link String#valueOf(Object)}; never null
     * @return the copy
     */
    public Settings with(String key, Object value) {
        SortedMap<String, String> copy = new TreeMap<>(values);
        copy.put(checkKey(key), text(key, value));
        return new Settings(prefix, copy);
    }

    /**
     * A copy in which the values of {@code overrides} replace or add to these.
     *
     * @param overrides the values that win; never null
     * @return the copy
     */
    public Settings overriddenBy(Settings overrides) {
        SortedMap<String, String> copy = new TreeMap<>(values);
        copy.putAll(overrides.values);
        return new Settings(prefix, copy);
    }

    /**
     * The values under {@code scope}: {@code scoped("env")} sees {@code env.devices} as {@code devices}.
     * Errors from the scope name the full key.
     *
     * @param scope the scope's name, without a trailing dot
     * @return the scope's values, keys relative to it
     */
    public Settings scoped(String scope) {
        String dotted = checkKey(scope) + ".";
        SortedMap<String, String> inner = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(dotted)) {
                inner.put(key.substring(dotted.length()), value);
            }
        });
        return new Settings(prefix + dotted, inner);
    }

    /**
     * A copy without the keys under {@code scope} (and without {@code scope} itself).
     *
     * @param scope the scope's name, without a trailing dot
     * @return the copy
     */
    public Settings without(String scope) {
        String dotted = checkKey(scope) + ".";
        SortedMap<String, String> rest = new TreeMap<>(values);
        rest.keySet().removeIf(key -> key.equals(scope) || key.startsWith(dotted));
        return new Settings(prefix, rest);
    }

    /**
     * Reads a key: its parsed value, or its default when absent.
     *
     * @param key the key, relative to this scope
     * @param <T> the key's value type
     * @return the value
     * @throws ConfigurationException naming the full key and the raw value when it is malformed or
     *                                breaks a rule
     */
    public <T> T get(SettingKey<T> key) {
        String raw = values.get(key.name());
        if (raw == null) {
            return key.defaultValue();
        }
        try {
            return key.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(fullKey(key.name()), raw, e.getMessage());
        }
    }

    /**
     * True when the key is set explicitly (not defaulted).
     *
     * @param key the key's name, relative to this scope
     * @return true when the key has a value here
     */
    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /**
     * The raw text of a key, or null when absent.
     *
     * @param key the key's name, relative to this scope
     * @return its text, or null when absent
     */
    public String raw(String key) {
        return values.get(key);
    }

    /**
     * The full name of a key of this scope, for messages: {@code fullKey("devices")} is {@code env.devices}.
     *
     * @param key the key's name, relative to this scope
     * @return the scope prefix followed by the key
     */
    public String fullKey(String key) {
        return prefix + key;
    }

    /** {@return the scope prefix with its trailing dot, or empty for the root} */
    public String prefix() {
        return prefix;
    }

    /**
     * Every problem of these settings against the declared keys: keys nobody declared (typos) and
     * values that do not parse or break a rule.
     *
     * @param known the keys the reader declares; keys set but not declared are reported
     * @return the problems, in key order; empty when valid
     */
    public List<ConfigurationProblem> problems(Collection<? extends SettingKey<?>> known) {
        Map<String, SettingKey<?>> byName = known.stream()
                .collect(Collectors.toMap(SettingKey::name, k -> k, (a, b) -> a, TreeMap::new));
        List<ConfigurationProblem> problems = new ArrayList<>();
        values.forEach((name, raw) -> {
            SettingKey<?> key = byName.get(name);
            if (key == null) {
                problems.add(ConfigurationProblem.unknownKey(fullKey(name), raw,
                        byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
                return;
            }
            try {
                key.parse(raw);
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigurationProblem(fullKey(name), raw, e.getMessage()));
            }
        });
        return problems;
    }

    /**
     * Checks these settings against the declared keys.
     *
     * @param known the keys the reader declares; keys set but not declared are reported
     * @return this, for chaining
     * @throws ConfigurationException listing every problem, if there is any
     */
    public Settings requireValid(Collection<? extends SettingKey<?>> known) {
        List<ConfigurationProblem> problems = problems(known);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return this;
    }

    /** {@return the values of this scope as text, keys relative to the scope, sorted; unmodifiable} */
    public SortedMap<String, String> asMap() {
        return values;
    }

    /** {@return true when no value is set} */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Settings s && s.prefix.equals(prefix) && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, values);
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> prefix + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "Settings{", "}"));
    }

    private static String checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a setting key must not be blank");
        }
        return key.trim();
    }

    private static String text(String key, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("setting " + key + " has no value (null)");
        }
        return value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                : String.valueOf(value).trim();
    }
}
