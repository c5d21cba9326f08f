package org.foci.agents.dqn;

/**
 * A small seeded random generator whose whole state is one {@code long}, so a checkpoint can save and
 * restore it exactly (java.util.SplittableRandom cannot be saved). The output function is
 * SplitMix64 (Steele, Lea and Flood 2014; the generator behind {@code SplittableRandom}).
 *
 * <p>Used for ε-greedy exploration and replay sampling, so neither depends on ND4J's global random
 * generator. Not thread-safe.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator started from {@code seed} (mixed, so nearby seeds give unrelated streams). */
    SplitMix64(long seed) {
        this.state = mix(seed ^ 0x5DEECE66DL);
    }

    /** The state, for checkpoints. */
    long state() {
        return state;
    }

    /** Restores a state read from a checkpoint. */
    void restore(long savedState) {
        this.state = savedState;
    }

    /** The next 64 random bits. */
    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * Uniform in {@code [0, bound)}, without modulo bias (Lemire's method with rejection).
     *
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, but was " + bound);
        }
        long product = (nextLong() >>> 32) * bound;
        long low = product & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (1L << 32) % bound;
            while (low < threshold) {
                product = (nextLong() >>> 32) * bound;
                low = product & 0xFFFFFFFFL;
            }
        }
        return (int) (product >>> 32);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
