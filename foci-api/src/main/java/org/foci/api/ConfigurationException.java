package org.foci.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A configuration is invalid: one or more keys are unknown or hold values that break their rules.
 *
 * <p>Carries every problem found, so that a user sees all mistakes at once rather than one per
 * run. The message lists them, one per line.
 */
public final class ConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigurationProblem> problems;

    /**
     * @param problems the problems found; at least one, never null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ConfigurationException(List<ConfigurationProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Shorthand for a single problem.
     *
     * @param key    the full key; never null
     * @param value  the raw value, or null when the key is absent
     * @param reason the rule broken, in words; never null
     */
    public ConfigurationException(String key, String value, String reason) {
        this(List.of(new ConfigurationProblem(key, value, reason)));
    }

    /** {@return the problems, in the order found; never empty} */
    public List<ConfigurationProblem> problems() {
        return problems;
    }

    private static String describe(List<ConfigurationProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigurationException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " configuration problems:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
