package org.foci.env.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The observation's rate feature {@code (float) (rate(d²) / normaliser)} of an unshadowed link,
 * bit for bit the value of the exact expression, at a fraction of its cost.
 *
 * <p>Why: the observation carries the rate of every in-range link every step, and the exact
 * {@code pow} and {@code log} of those links were a third of a step. The feature is a float, so the
 * double it is rounded from need not be exact, only close enough to round the same way.
 *
 * <p>How: piecewise quartic polynomials in d² over {@code [d_min², r²]}, 64 pieces per octave of
 * d² (the piece is found from the double's exponent and top mantissa bits: no logarithm). A
 * polynomial value v with error at most δ is rounded to float only when v − δ and v + δ round to
 * the same float — then the exact double, which lies between them, rounds to it too (rounding is
 * monotone); otherwise (rarely: about 2δ/ulp of the time) the exact expression is evaluated. δ is
 * 64 times the largest error measured at 33 points of every piece when the table is built (the
 * error of a quartic over such a short piece of this analytic function is smooth, so the sampled
 * maximum is close to the true one); the shipped tests compare the feature with the exact
 * expression on dense random samples.
 *
 * <p>The same polynomials also give the link rate itself as a double ({@link #ratio}), which the
 * environment charges with unless {@code channel.exactRates} is set: an absolute error of about δ/64
 * in feature units (the sampled maximum), a relative error below 10⁻¹² of the rate within r_p
 * (tested on dense random samples), cheaper than {@code pow} and {@code log} per served link
 * (docs/environment-performance.md has the measurements).
 *
 * <p>Immutable and thread-safe.
 */
public final class RateFeatureTable {

    /** 2⁶ pieces per octave of d². */
    private static final int MANTISSA_BITS_PER_PIECE_INDEX = 6;
    private static final int SHIFT = 52 - MANTISSA_BITS_PER_PIECE_INDEX;
    private static final int DEGREE = 4;
    private static final int STRIDE = 8;          // start, 1/width, 5 coefficients, padding
    private static final int SAMPLES_PER_PIECE = 33;
    /** Beyond this many pieces (extreme d_min or r) the table is not worth its memory. */
    public static final int MAX_PIECES = 4096;

    private final DoubleUnaryOperator exactFeature;
    private final double minSq;
    private final double maxSq;
    private final long firstPieceBits;
    private final int pieces;
    private final double[] table;
    private final double delta;

    /**
     * @param exactFeature the exact feature as a double, {@code rate(d²) / normaliser}, before the
     *                     float rounding; smooth on the domain
     * @param minSq        d_min², m²: below it the feature is constant (the channel's clamp)
     * @param maxSq        the largest d² asked for, m² (r_p²); larger values are evaluated exactly
     * @throws IllegalArgumentException if the domain is empty, not finite, or needs more than
     *                                  {@link #MAX_PIECES} pieces
     */
    public RateFeatureTable(DoubleUnaryOperator exactFeature, double minSq, double maxSq) {
        this.exactFeature = Objects.requireNonNull(exactFeature, "exactFeature");
        String problem = domainProblem(minSq, maxSq);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.minSq = minSq;
        this.maxSq = maxSq;
        this.firstPieceBits = firstPieceBits(minSq);
        this.pieces = (int) pieceCount(minSq, maxSq);
        this.table = new double[pieces * STRIDE];
        for (int i = 0; i < pieces; i++) {
            fit(i, pieceStart(i), pieceStart(i + 1));
        }
        double worstError = 0;
        for (int i = 0; i < pieces; i++) {
            double start = pieceStart(i);
            double end = pieceStart(i + 1);
            for (int s = 0; s < SAMPLES_PER_PIECE; s++) {
                double d2 = Math.max(minSq, Math.min(maxSq, start + (end - start) * s / (SAMPLES_PER_PIECE - 1)));
                worstError = Math.max(worstError, Math.abs(polynomial(d2) - exactFeature.applyAsDouble(d2)));
            }
        }
        // never below a few double ulps of the largest feature: the exact expression has rounding too
        this.delta = Math.max(64 * worstError, 64 * Math.ulp(Math.abs(exactFeature.applyAsDouble(minSq))));
    }

    /**
     * A table for a channel's unshadowed rate divided by a normaliser over {@code [d_min², maxSq]},
     * or empty when that domain is empty or too wide for {@link #MAX_PIECES} (then the caller
     * evaluates exactly).
     */
    public static Optional<RateFeatureTable> covering(ChannelModel channel, double normaliserBps, double maxSq) {
        double minDistance = channel.parameters().minDistanceM();
        double minSq = minDistance * minDistance;
        if (domainProblem(minSq, maxSq) != null) {
            return Optional.empty();
        }
        return Optional.of(new RateFeatureTable(d2 -> channel.rateFromSquaredDistance(d2, 1.0) / normaliserBps,
                minSq, maxSq));
    }

    /** Why {@code [minSq, maxSq]} cannot have a table, or null if it can. */
    private static String domainProblem(double minSq, double maxSq) {
        if (!(minSq > 0) || !(maxSq > minSq) || maxSq == Double.POSITIVE_INFINITY) {
            return "the domain [" + minSq + ", " + maxSq + "] m² must be finite, positive and not empty";
        }
        long pieces = pieceCount(minSq, maxSq);
        return pieces > MAX_PIECES ? "the domain [" + minSq + ", " + maxSq + "] m² needs " + pieces
                + " pieces, more than " + MAX_PIECES : null;
    }

    /** The piece holding d_min² starts at d_min² with the low mantissa bits cleared. */
    private static long firstPieceBits(double minSq) {
        return Double.doubleToRawLongBits(minSq) >>> SHIFT << SHIFT;
    }

    private static long pieceCount(double minSq, double maxSq) {
        return ((Double.doubleToRawLongBits(maxSq) - firstPieceBits(minSq)) >>> SHIFT) + 1;
    }

    private double pieceStart(int i) {
        return Double.longBitsToDouble(firstPieceBits + ((long) i << SHIFT));
    }

    /** Interpolates at Chebyshev points of the piece, in the local variable τ = (d² − start) / width ∈ [0, 1]. */
    private void fit(int piece, double start, double end) {
        int n = DEGREE + 1;
        double[][] a = new double[n][n + 1];
        // the first piece may begin below d_min²: its points go where it is used
        double low = Math.max(start, minSq);
        for (int j = 0; j < n; j++) {
            double d2 = low + (end - low) * (0.5 - 0.5 * Math.cos(Math.PI * (2 * j + 1) / (2 * n)));
            double tau = (d2 - start) / (end - start);
            double power = 1;
            for (int c = 0; c < n; c++) {
                a[j][c] = power;
                power *= tau;
            }
            a[j][n] = exactFeature.applyAsDouble(d2);
        }
        double[] coefficients = solve(a);
        int base = piece * STRIDE;
        table[base] = start;
        table[base + 1] = 1.0 / (end - start);
        System.arraycopy(coefficients, 0, table, base + 2, n);
    }

    /** Gaussian elimination with partial pivoting of a small augmented system. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }

    private double polynomial(double d2) {
        int base = (int) ((Double.doubleToRawLongBits(d2) - firstPieceBits) >>> SHIFT) * STRIDE;
        double tau = (d2 - table[base]) * table[base + 1];
        // Estrin's scheme: half the dependent operations of Horner's (the error bound δ is measured
        // on this very evaluation)
        double tau2 = tau * tau;
        double low = table[base + 2] + tau * table[base + 3];
        double high = table[base + 4] + tau * table[base + 5];
        return low + tau2 * (high + tau2 * table[base + 6]);
    }

    /**
     * The feature at a squared distance: exactly {@code (float) exactFeature(max(d², d_min²))}.
     *
     * @param distanceSqM2 squared distance, m², finite and {@code >= 0}
     */
    public float feature(double distanceSqM2) {
        return roundedFeature(ratio(distanceSqM2), distanceSqM2);
    }

    /**
     * {@link #feature} from a {@link #ratio} the caller already has for the same squared distance
     * (one polynomial for both).
     *
     * @param ratio        {@code ratio(distanceSqM2)}
     * @param distanceSqM2 squared distance, m², finite and {@code >= 0}
     */
    public float roundedFeature(double ratio, double distanceSqM2) {
        double d2 = Math.max(distanceSqM2, minSq);
        if (d2 > maxSq) {
            return (float) ratio;       // beyond the table the ratio is already the exact expression
        }
        float low = (float) (ratio - delta);
        if (low == (float) (ratio + delta)) {
            return low;
        }
        return (float) exactFeature.applyAsDouble(d2);
    }

    /**
     * The feature as a double, {@code rate / rate(d_min)} at a squared distance, from the polynomial
     * inside the table (absolute error at most the sampled bound, ≈ 4·10⁻¹⁴ at the defaults) and from
     * the exact expression beyond it.
     *
     * @param distanceSqM2 squared distance, m², finite and {@code >= 0}
     */
    public double ratio(double distanceSqM2) {
        double d2 = Math.max(distanceSqM2, minSq);
        return d2 <= maxSq ? polynomial(d2) : exactFeature.applyAsDouble(d2);
    }

    /** The error bound δ the rounding test assumes (absolute, in feature units). */
    public double delta() {
        return delta;
    }

    /** Number of polynomial pieces. */
    public int pieceCount() {
        return pieces;
    }
}
