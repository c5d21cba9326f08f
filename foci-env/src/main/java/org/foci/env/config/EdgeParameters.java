package org.foci.env.config;

import java.util.List;
import org.foci.api.SettingKey;
import org.foci.api.Settings;

/**
 * The edges (MODEL.md §3): SMs and their speed, and where the edges stand — weighted k-means++ over
 * the mobility's density sample (fixed seed), or explicit coordinates.
 *
 * @param sms                 L, allocatable SMs per edge (also the most devices an edge admits)
 * @param smThroughputMacPerS compute throughput of one edge SM, MAC/s (θ_edge = L times this)
 * @param positions           explicit positions {@code "x,y;x,y;..."} in metres of the area frame,
 *                            one pair per edge; empty for k-means placement
 * @param placementSeed       seed of the k-means++ seeding
 * @param kmeansIterations    most Lloyd iterations of the k-means placement
 * @param placementBinM       side of the square bins the density sample is counted in before the
 *                            weighted k-means (bin centre, weight = points), m
 */
public record EdgeParameters(int sms, double smThroughputMacPerS, String positions, long placementSeed,
                             int kmeansIterations, double placementBinM) {

    /** {@code edge.sms}: 24 (paper: 2×12). */
    public static final SettingKey<Integer> SMS = SettingKey.integer("edge.sms", 24,
            "L, allocatable SMs per edge; an edge admits at most L devices per step").between(1, 1_000_000);
    /** {@code edge.smThroughputMacPerS}: 7.74 GMAC/s (one edge SM ≈ the device GPU at f = 1). */
    public static final SettingKey<Double> SM_THROUGHPUT = SettingKey.real("edge.smThroughputMacPerS", 7.74e9,
            "compute throughput of one edge SM, MAC/s (θ_edge = L × this)").greaterThan(0.0);
    /** {@code edge.positions}: empty (k-means placement). */
    public static final SettingKey<String> POSITIONS = SettingKey.text("edge.positions", "",
            "explicit edge positions 'x,y;x,y;...' in metres east/north of the area centre, one pair per "
                    + "edge; empty: weighted k-means over the density sample")
            .require(EdgeParameters::isPositionList, "must be empty or pairs 'x,y' of finite metres separated by ';'");
    /** {@code edge.placementSeed}: 7. */
    public static final SettingKey<Long> PLACEMENT_SEED = SettingKey.longInteger("edge.placementSeed", 7L,
            "seed of the k-means++ edge placement (fixed across episodes)");
    /** {@code edge.kmeansIterations}: 100. */
    public static final SettingKey<Integer> KMEANS_ITERATIONS = SettingKey.integer("edge.kmeansIterations", 100,
            "most Lloyd iterations of the k-means placement").between(1, 100_000);
    /** {@code edge.placementBinM}: 5 m. */
    public static final SettingKey<Double> PLACEMENT_BIN = SettingKey.real("edge.placementBinM", 5.0,
            "bin side for counting the density sample before weighted k-means, m").greaterThan(0.0);

    public EdgeParameters {
        Checks.require(SMS, sms);
        Checks.require(SM_THROUGHPUT, smThroughputMacPerS);
        positions = Checks.require("", POSITIONS, positions == null ? null : positions.trim());
        Checks.require("", PLACEMENT_SEED, placementSeed);
        Checks.require(KMEANS_ITERATIONS, kmeansIterations);
        Checks.require(PLACEMENT_BIN, placementBinM);
    }

    /** The MODEL.md defaults. */
    public static EdgeParameters defaults() {
        return new EdgeParameters(SMS.defaultValue(), SM_THROUGHPUT.defaultValue(), POSITIONS.defaultValue(),
                PLACEMENT_SEED.defaultValue(), KMEANS_ITERATIONS.defaultValue(), PLACEMENT_BIN.defaultValue());
    }

    /** The keys, relative to the environment's scope. */
    public static List<SettingKey<?>> keys() {
        return List.of(SMS, SM_THROUGHPUT, POSITIONS, PLACEMENT_SEED, KMEANS_ITERATIONS, PLACEMENT_BIN);
    }

    static EdgeParameters read(Settings s) {
        return new EdgeParameters(s.get(SMS), s.get(SM_THROUGHPUT), s.get(POSITIONS), s.get(PLACEMENT_SEED),
                s.get(KMEANS_ITERATIONS), s.get(PLACEMENT_BIN));
    }

    /** A copy with other SMs per edge. */
    public EdgeParameters withSms(int value) {
        return new EdgeParameters(value, smThroughputMacPerS, positions, placementSeed, kmeansIterations,
                placementBinM);
    }

    /** A copy with explicit positions (metres), one {x, y} pair per edge. */
    public EdgeParameters withPositions(double[][] xy) {
        StringBuilder text = new StringBuilder();
        for (double[] p : xy) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(p[0]).append(',').append(p[1]);
        }
        return new EdgeParameters(sms, smThroughputMacPerS, text.toString(), placementSeed, kmeansIterations,
                placementBinM);
    }

    /** True when the edges are placed by k-means (no explicit positions). */
    public boolean kmeansPlacement() {
        return positions.isEmpty();
    }

    /** The explicit positions as {x, y} pairs, metres; empty for k-means placement. */
    public double[][] explicitPositions() {
        return parsePositions(positions);
    }

    static boolean isPositionList(String text) {
        try {
            parsePositions(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static double[][] parsePositions(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new double[0][];
        }
        String[] pairs = trimmed.split(";", -1);
        double[][] result = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",", -1);
            if (xy.length != 2) {
                throw new IllegalArgumentException("pair " + (i + 1) + " is not 'x,y': '" + pairs[i] + "'");
            }
            double x;
            double y;
            try {
                x = Double.parseDouble(xy[0].trim());
                y = Double.parseDouble(xy[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("pair " + (i + 1) + " is not numeric: '" + pairs[i] + "'", e);
            }
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("pair " + (i + 1) + " is not finite: '" + pairs[i] + "'");
            }
            result[i] = new double[] {x, y};
        }
        return result;
    }
}
