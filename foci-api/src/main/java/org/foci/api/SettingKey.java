package org.foci.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A declared configuration key: its name, type, default, description and the rules its value obeys.
 *
 * <p>Plug-ins declare their keys (see {@link PluginProvider#settingKeys()}), so that a configuration
 * can be checked before anything runs ({@link Settings#requireValid}) and {@code foci list} can
 * document every option. Keys are immutable and thread-safe; the rule methods return new keys:
 *
 * <pre>{@code
 * static final SettingKey<Integer> DEVICES =
 *     SettingKey.integer("devices", 240, "number of mobile devices M").greaterThan(0);
 * }</pre>
 *
 * <p>Values are parsed from text (command line, JSON, properties). Real numbers must be finite;
 * integers accept an integral decimal such as {@code 240.0} (JSON writers produce those); flags
 * accept {@code true}/{@code false}; enum choices accept the constant's name in kebab case
 * ({@code ORACLE_VALUE} is {@code oracle-value}), case-insensitively.
 *
 * @param <T> the value type
 */
public final class SettingKey<T> {

    private record Rule<T>(Predicate<T> test, String text) {
    }

    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final String description;
    private final Function<String, T> parser;
    private final List<Rule<T>> rules;

    private SettingKey(String name, Class<T> type, T defaultValue, String description,
                       Function<String, T> parser, List<Rule<T>> rules) {
        this.name = requireName(name);
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.description = Objects.requireNonNull(description, "description");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.rules = List.copyOf(rules);
    }

    /**
     * An integer key.
     *
     * @param name         the name relative to its scope (lowercase-first camel case or dotted); never blank
     * @param defaultValue the value used when the key is absent
     * @param description  one line for help texts; never null
     * @return a new key without rules
     */
    public static SettingKey<Integer> integer(String name, int defaultValue, String description) {
        return new SettingKey<>(name, Integer.class, defaultValue, description,
                raw -> Math.toIntExact(parseIntegral(raw)), List.of());
    }

    /**
     * A 64-bit integer key (seeds, counters).
     *
     * @param name         the name relative to its scope (lowercase-first camel case or dotted); never blank
     * @param defaultValue the value used when the key is absent
     * @param description  one line for help texts; never null
     * @return a new key without rules
     */
    public static SettingKey<Long> longInteger(String name, long defaultValue, String description) {
        return new SettingKey<>(name, Long.class, defaultValue, description, SettingKey::parseIntegral, List.of());
    }

    /**
     * A real-valued key; the value must be finite.
     *
     * @param name         the name relative to its scope (lowercase-first camel case or dotted); never blank
     * @param defaultValue the value used when the key is absent; finite
     * @param description  one line for help texts; never null
     * @return a new key without rules
     * @throws IllegalArgumentException if {@code defaultValue} is not finite
     */
    public static SettingKey<Double> real(String name, double defaultValue, String description) {
        if (!Double.isFinite(defaultValue)) {
            throw new IllegalArgumentException("default of " + name + " must be finite, but was " + defaultValue);
        }
        return new SettingKey<>(name, Double.class, defaultValue, description, SettingKey::parseFinite, List.of());
    }

    /**
     * A boolean key: {@code true} or {@code false}.
     *
     * @param name         the name relative to its scope (lowercase-first camel case or dotted); never blank
     * @param defaultValue the value used when the key is absent
     * @param description  one line for help texts; never null
     * @return a new key without rules
     */
    public static SettingKey<Boolean> flag(String name, boolean defaultValue, String description) {
        return new SettingKey<>(name, Boolean.class, defaultValue, description, SettingKey::parseFlag, List.of());
    }

    /**
     * A free text key; an empty default means "not set".
     *
     * @param name         the name relative to its scope (lowercase-first camel case or dotted); never blank
     * @param defaultValue the value used when the key is absent
     * @param description  one line for help texts; never null
     * @return a new key without rules
     */
    public static SettingKey<String> text(String name, String defaultValue, String description) {
        return new SettingKey<>(name, String.class, defaultValue, description, String::trim, List.of());
    }

    /**
     * A key whose value is one constant of {@code type}, written in kebab case.
     *
     * @param name         the name relative to its scope (lowercase-first camel case or dotted); never blank
     * @param type         the enum type; never null
     * @param defaultValue the value used when the key is absent
     * @param description  one line for help texts; never null
     * @param <E>          the enum type
     * @return a new key without rules
     */
    public static <E extends Enum<E>> SettingKey<E> choice(String name, Class<E> type, E defaultValue,
                                                          String description) {
        return new SettingKey<>(name, type, defaultValue, description, raw -> parseChoice(type, raw), List.of());
    }

    /**
     * The value must be {@code >= bound}.
     *
     * @param bound the bound, of the key's type
     * @return a new key with the rule added
     * @throws IllegalArgumentException if the default value breaks the rule
     */
    public SettingKey<T> atLeast(T bound) {
        return require(v -> compare(v, bound) >= 0, "must be >= " + bound);
    }

    /**
     * The value must be {@code > bound}.
     *
     * @param bound the bound, of the key's type
     * @return a new key with the rule added
     * @throws IllegalArgumentException if the default value breaks the rule
     */
    public SettingKey<T> greaterThan(T bound) {
        return require(v -> compare(v, bound) > 0, "must be > " + bound);
    }

    /**
     * The value must be {@code <= bound}.
     *
     * @param bound the bound, of the key's type
     * @return a new key with the rule added
     * @throws IllegalArgumentException if the default value breaks the rule
     */
    public SettingKey<T> atMost(T bound) {
        return require(v -> compare(v, bound) <= 0, "must be <= " + bound);
    }

    /**
     * The value must be {@code < bound}.
     *
     * @param bound the bound, of the key's type
     * @return a new key with the rule added
     * @throws IllegalArgumentException if the default value breaks the rule
     */
    public SettingKey<T> lessThan(T bound) {
        return require(v -> compare(v, bound) < 0, "must be < " + bound);
    }

    /**
     * The value must lie in {@code [low, high]}.
     *
     * @param low  the smallest value allowed
     * @param high the largest value allowed
     * @return a new key with the rule added
     * @throws IllegalArgumentException if the default value breaks the rule
     */
    public SettingKey<T> between(T low, T high) {
        return require(v -> compare(v, low) >= 0 && compare(v, high) <= 0,
                "must be in [" + low + ", " + high + "]");
    }

    /**
     * Adds a rule.
     *
     * @param test     true when the value is acceptable
     * @param ruleText what the value must be, read after the key name ("must be a power of two")
     * @return a new key with the rule added
     * @throws IllegalArgumentException if the default value breaks the rule
     */
    public SettingKey<T> require(Predicate<T> test, String ruleText) {
        List<Rule<T>> more = new ArrayList<>(rules);
        more.add(new Rule<>(Objects.requireNonNull(test, "test"), Objects.requireNonNull(ruleText, "ruleText")));
        SettingKey<T> key = new SettingKey<>(name, type, defaultValue, description, parser, more);
        key.violation(defaultValue).ifPresent(reason -> {
            throw new IllegalArgumentException("default of " + name + " " + reason + ", but was " + defaultValue);
        });
        return key;
    }

    /** {@return the name relative to its scope, for example {@code devices}; lowercase-first camel case or dotted} */
    public String name() {
        return name;
    }

    /** {@return the value type} */
    public Class<T> type() {
        return type;
    }

    /** {@return the value used when the key is absent; never null} */
    public T defaultValue() {
        return defaultValue;
    }

    /** {@return one line for help texts} */
    public String description() {
        return description;
    }

    /** {@return the rules in words, for example {@code must be > 0; must be <= 24}; empty when there are none} */
    public String rulesText() {
        return String.join("; ", rules.stream().map(Rule::text).toList());
    }

    /** {@return the default as it would be written in a configuration} */
    public String defaultText() {
        return format(defaultValue);
    }

    /**
     * Writes a value of this key as configuration text (enum constants in kebab case).
     *
     * @param value a value of this key
     * @return the text that {@link #parse} reads back as {@code value}
     */
    public String format(T value) {
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return String.valueOf(value);
    }

    /**
     * Parses and checks a raw value.
     *
     * @param raw the text; never null
     * @return the value
     * @throws IllegalArgumentException whose message says what the value must be ("must be an integer")
     */
    public T parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        T value = parser.apply(raw);
        violation(value).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return value;
    }

    /**
     * The first rule {@code value} breaks.
     *
     * @param value a parsed value
     * @return the rule in words, or empty when the value is acceptable
     */
    public Optional<String> violation(T value) {
        for (Rule<T> rule : rules) {
            if (!rule.test().test(value)) {
                return Optional.of(rule.text());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name + " (" + type.getSimpleName() + ", default " + defaultText() + ")";
    }

    @SuppressWarnings("unchecked")
    private static <T> int compare(T value, T bound) {
        if (!(value instanceof Comparable<?>)) {
            throw new IllegalStateException("range rules need a comparable type, but " + value.getClass() + " is not");
        }
        return ((Comparable<T>) value).compareTo(bound);
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*")) {
            throw new IllegalArgumentException("setting name must be camelCase words joined by dots, but was '" + name + "'");
        }
        return name;
    }

    private static long parseIntegral(String raw) {
        String text = raw.trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notPlain) {
            try {
                return new BigDecimal(text).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("must be an integer");
            }
        }
    }

    private static double parseFinite(String raw) {
        double value;
        try {
            value = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number");
        }
        return value;
    }

    private static boolean parseFlag(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static <E extends Enum<E>> E parseChoice(Class<E> type, String raw) {
        String wanted = raw.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String kebab = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (kebab.equals(wanted)) {
                return constant;
            }
            names.add(kebab);
        }
        throw new IllegalArgumentException("must be one of " + names);
    }
}
