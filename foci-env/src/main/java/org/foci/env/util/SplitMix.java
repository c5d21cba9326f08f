package org.foci.env.util;

/**
 * Counter-based and sequential pseudo-random numbers on primitive longs (SplitMix64, Steele,
 * Lea and Flood 2014: the generator behind {@link java.util.SplittableRandom}).
 *
 * <p>The environment's hot path draws numbers without allocating: a {@code long} state advanced by
 * {@link #next(long)} and read with {@link #mix64(long)}, or a pure function of a counter tuple
 * ({@link #hash(long, long, long, long)}) whose value does not depend on the order in which
 * devices or edges are visited. The results are the same on every JVM (pure integer arithmetic).
 * Stateless and thread-safe.
 */
public final class SplitMix {

    /** The golden-ratio increment of SplitMix64. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private SplitMix() {
    }

    /** The SplitMix64 finaliser: a bijective avalanche of 64 bits. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The next state of a sequential generator. Read the output with {@link #mix64(long)}. */
    public static long next(long state) {
        return state + GAMMA;
    }

    /** A hash of a seed and three counters: independent streams per (step, device, edge). */
    public static long hash(long seed, long a, long b, long c) {
        long h = mix64(seed + GAMMA);
        h = mix64(h ^ (a + GAMMA));
        h = mix64(h ^ (b + 2 * GAMMA));
        return mix64(h ^ (c + 3 * GAMMA));
    }

    /** A uniform double in [0, 1) from 64 random bits (the top 53). */
    public static double unit(long bits) {
        return (bits >>> 11) * DOUBLE_UNIT;
    }

    /** A uniform int in [0, bound) from 64 random bits (Lemire's multiply-shift; bias below 2^-32). */
    public static int below(long bits, int bound) {
        return (int) (((bits >>> 32) * bound) >>> 32);
    }

    /** A standard normal variate from 64 random bits (Box–Muller on two 32-bit halves re-mixed). */
    public static double gaussian(long bits) {
        double u1 = 1.0 - unit(bits);           // (0, 1]
        double u2 = unit(mix64(bits + GAMMA));  // [0, 1)
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** A seed for a named sub-stream of a root seed (mobility, batteries, admission, shadowing). */
    public static long derive(long seed, long stream) {
        return mix64(seed ^ mix64(stream * GAMMA + 0x632BE59BD9B4E019L));
    }
}
