package org.foci.experiments.report;

import java.util.List;

/**
 * A mean over seeds with the half-width of its 95 % confidence interval (Student's t).
 *
 * @param mean   the mean over seeds
 * @param ci95   half-width of the 95 % interval; NaN with a single seed
 * @param seeds  number of seeds
 */
public record Estimate(double mean, double ci95, int seeds) {

    /** Two-sided 97.5 % quantiles of Student's t for 1..30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    /** The estimate of a sample of per-seed values. */
    public static Estimate of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            throw new IllegalArgumentException("an estimate needs at least one value");
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        if (n == 1) {
            return new Estimate(mean, Double.NaN, 1);
        }
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double standardError = Math.sqrt(squares / (n - 1) / n);
        double t = n - 1 <= T975.length ? T975[n - 2] : 1.960;
        return new Estimate(mean, t * standardError, n);
    }

    /** {@code 12.34 ± 0.56}, or {@code 12.34} with one seed. */
    public String format(int decimals) {
        String m = String.format(java.util.Locale.ROOT, "%." + decimals + "f", mean);
        return Double.isNaN(ci95) ? m : m + " ± " + String.format(java.util.Locale.ROOT, "%." + decimals + "f", ci95);
    }
}
