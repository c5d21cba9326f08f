package org.foci.experiments.run;

import org.foci.api.random.SplitMix64;

/**
 * Every seed of an experiment, derived from one run seed by SplitMix64 mixing, so that runs are
 * reproducible and independent streams do not overlap.
 *
 * <p>Evaluation seeds do not depend on the run seed or the method: every method is evaluated on
 * the same held-out episodes (common random numbers), which makes differences between methods
 * differences of policy, not of luck.
 */
public final class Seeds {

    private static final long TRAIN = 0x7A1B_5EED_0000_0001L;
    private static final long AGENT = 0x7A1B_5EED_0000_0002L;
    private static final long EVALUATION = 0x7A1B_5EED_0000_0003L;
    private static final long CURVE = 0x7A1B_5EED_0000_0004L;

    private Seeds() {
    }

    /** The seed of training episode {@code episode} (1-based) of run {@code runSeed}. */
    public static long trainingEpisode(long runSeed, int episode) {
        return mix(mix(runSeed ^ TRAIN) + episode);
    }

    /** The agent's seed in run {@code runSeed}. */
    public static long agent(long runSeed) {
        return mix(runSeed ^ AGENT);
    }

    /** The seed of final evaluation episode {@code index} (0-based), shared by all runs. */
    public static long evaluationEpisode(int index) {
        return mix(EVALUATION + index);
    }

    /** The seed of intermediate evaluation episode {@code index} (0-based), shared by all runs. */
    public static long curveEpisode(int index) {
        return mix(CURVE + index);
    }

    /** SplitMix64's finaliser: a bijective, well-mixing map of 64-bit values. */
    static long mix(long z) {
        return SplitMix64.mix64(z);
    }
}
