package org.foci.api.random;

/**
 * SplitMix64 (Steele, Lea and Flood 2014; the generator behind {@link java.util.SplittableRandom}):
 * pure functions on primitive {@code long}s and a sequential generator whose whole state is one
 * {@code long}.
 *
 * <p><b>Functions</b> (static, allocation-free, for hot paths): the finaliser {@link #mix64(long)}, the
 * state advance {@link #next(long)}, a counter-based {@link #hash(long, long, long, long)} whose value does
 * not depend on the order in which it is asked, sub-stream seeds ({@link #derive(long, long)}), and
 * conversions of 64 random bits to a double ({@link #unit(long)}), a bounded int ({@link #below(long, int)})
 * and a normal variate ({@link #gaussian(long)}).
 *
 * <p><b>Generator</b> (an instance): {@link #nextLong()}, {@link #nextDouble()} and the unbiased
 * {@link #nextInt(int)}. Its state can be read ({@link #state()}) and restored ({@link #restore(long)})
 * exactly, which {@code SplittableRandom} does not allow, so a checkpointed component continues the same
 * stream after a restart.
 *
 * <p>Everything is integer arithmetic plus, in {@link #gaussian(long)}, {@code Math.log}, {@code sqrt} and
 * {@code cos}: the same seed gives the same numbers on every JVM of one platform. The static functions are
 * thread-safe; an instance is not (one owner draws from it).
 */
public final class SplitMix64 {

    /** The golden-ratio increment of SplitMix64 ({@code 0x9E3779B97F4A7C15}), added to the state per draw. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    /** Scrambles a seed before it becomes a generator's state (java.util.Random's multiplier). */
    private static final long SEED_SCRAMBLE = 0x5DEECE66DL;

    /** Offset of sub-stream numbers in {@link #derive(long, long)}. */
    private static final long STREAM_OFFSET = 0x632BE59BD9B4E019L;

    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    /**
     * A generator started from {@code seed}. The seed is mixed ({@code mix64(seed ^ 0x5DEECE66D)}), so
     * nearby seeds give unrelated streams; use {@link #ofState(long)} to start from a raw state.
     *
     * @param seed any value
     */
    public SplitMix64(long seed) {
        this.state = mix64(seed ^ SEED_SCRAMBLE);
    }

    /**
     * A generator whose state is exactly {@code state}: its first {@link #nextLong()} is
     * {@code mix64(state + GAMMA)}, the reference SplitMix64 sequence seeded with {@code state} (and the
     * first {@code nextLong()} of {@code new SplittableRandom(state)}).
     *
     * @param state any value, e.g. one read back from {@link #state()}
     * @return a new generator
     */
    public static SplitMix64 ofState(long state) {
        SplitMix64 generator = new SplitMix64(0);
        generator.state = state;
        return generator;
    }

    /**
     * The current state, to save in a checkpoint.
     *
     * @return the whole state of this generator
     */
    public long state() {
        return state;
    }

    /**
     * Continues from a state saved with {@link #state()}: the following draws are those the saved
     * generator would have made.
     *
     * @param savedState a value returned by {@link #state()}
     */
    public void restore(long savedState) {
        this.state = savedState;
    }

    /**
     * The next 64 random bits: advances the state by {@link #GAMMA} and mixes it.
     *
     * @return 64 uniformly distributed bits
     */
    public long nextLong() {
        state = next(state);
        return mix64(state);
    }

    /**
     * The next double, uniform in [0, 1) with 53 random bits: {@code unit(nextLong())}.
     *
     * @return a value {@code u} with {@code 0 <= u < 1}
     */
    public double nextDouble() {
        return unit(nextLong());
    }

    /**
     * The next int, uniform in {@code [0, bound)} without bias (Lemire's multiply-shift with rejection; it
     * draws a second value in fewer than {@code bound / 2^32} of the calls). Unlike {@link #below(long, int)},
     * which maps one given value with a bias below 2<sup>-32</sup>, it may draw more than once.
     *
     * @param bound the exclusive upper bound
     * @return a value in {@code [0, bound)}
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    public int nextInt(int bound) {
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

    /**
     * The SplitMix64 finaliser: a bijective avalanche of 64 bits (Stafford's variant 13).
     *
     * @param z any value
     * @return the mixed value
     */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The next state of a sequential generator kept in a {@code long}; read its output with
     * {@link #mix64(long)}: {@code state = next(state); bits = mix64(state);}.
     *
     * @param state the current state
     * @return {@code state + GAMMA}
     */
    public static long next(long state) {
        return state + GAMMA;
    }

    /**
     * A hash of a seed and three counters: independent streams per (step, device, edge), the same whatever
     * the order of the calls.
     *
     * @param seed the stream's seed
     * @param a    the first counter
     * @param b    the second counter
     * @param c    the third counter
     * @return 64 random bits
     */
    public static long hash(long seed, long a, long b, long c) {
        long h = mix64(seed + GAMMA);
        h = mix64(h ^ (a + GAMMA));
        h = mix64(h ^ (b + 2 * GAMMA));
        return mix64(h ^ (c + 3 * GAMMA));
    }

    /**
     * A uniform double in [0, 1) from 64 random bits (the top 53).
     *
     * @param bits random bits, e.g. from {@link #mix64(long)}
     * @return a value {@code u} with {@code 0 <= u < 1}
     */
    public static double unit(long bits) {
        return (bits >>> 11) * DOUBLE_UNIT;
    }

    /**
     * A uniform int in {@code [0, bound)} from 64 random bits (Lemire's multiply-shift on the top 32 bits,
     * without rejection: bias below 2<sup>-32</sup>).
     *
     * @param bits  random bits
     * @param bound the exclusive upper bound, {@code > 0} (not checked: a hot-path function)
     * @return a value in {@code [0, bound)} when {@code bound > 0}
     */
    public static int below(long bits, int bound) {
        return (int) (((bits >>> 32) * bound) >>> 32);
    }

    /**
     * A standard normal variate from 64 random bits (Box–Muller on {@code bits} and on
     * {@code mix64(bits + GAMMA)}).
     *
     * @param bits random bits
     * @return a finite value, distributed N(0, 1)
     */
    public static double gaussian(long bits) {
        double u1 = 1.0 - unit(bits);           // (0, 1]
        double u2 = unit(mix64(bits + GAMMA));  // [0, 1)
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * A seed for a named sub-stream of a root seed (e.g. mobility, batteries, admission, shadowing).
     *
     * @param seed   the root seed
     * @param stream the sub-stream's number
     * @return the sub-stream's seed
     */
    public static long derive(long seed, long stream) {
        return mix64(seed ^ mix64(stream * GAMMA + STREAM_OFFSET));
    }
}
