package org.foci.experiments.guard;

/**
 * How thoroughly the boundary checks look, chosen by the system property {@code foci.checks}:
 * <ul>
 *   <li>{@code sampled} (the default): the cheap invariants on every call (an allocation's ranges and
 *       sum, a finite worst cost; an augmenter's last row) and the full check
 *       on every {@value #SAMPLE_EVERY}th call: a plug-in that is always wrong is stopped within a step or
 *       two, at under 2 % of a step's time (docs/reliability.md);</li>
 *   <li>{@code full}: every check on every call (the tests run so; about 7 % of an environment step for
 *       the allocators and half a step for a wide augmenter at the paper's scale).</li>
 * </ul>
 * Either way the checks only read: results are the same bit for bit.
 */
public final class CheckLevel {

    /** The full check runs on every this many calls in the sampled mode. */
    public static final int SAMPLE_EVERY = 128;

    private CheckLevel() {
    }

    /** True when {@code -Dfoci.checks=full}. */
    public static boolean full() {
        String value = System.getProperty("foci.checks", "sampled");
        return switch (value) {
            case "full" -> true;
            case "sampled" -> false;
            default -> throw new IllegalArgumentException("foci.checks must be 'sampled' or 'full', but was '"
                    + value + "'");
        };
    }
}
