package org.foci.experiments.report;

import java.util.Map;
import java.util.Optional;

/**
 * The paper's own Table 1 numbers (Zhou and Zhang, NeurIPS 2025 AI4NextG workshop), for
 * orientation beside ours. Not targets: the paper's simulator constants are unpublished.
 */
public final class PaperTable1 {

    /** One method's row group. */
    public record Row(double latencyAvgMs, double latencyMaxMs, double energyAvgMj, double energyMaxMj,
                      double switches, double costAvg, double costMax) {
    }

    private static final Map<String, Row> ROWS = Map.of(
            "alp", new Row(34.20, 39.51, 60.24, 71.44, Double.NaN, 1.248, 1.417),
            "nsg", new Row(32.77, 62.72, 22.16, 62.55, 2.88, 1.157, 2.193),
            "iql", new Row(27.83, 30.08, 23.95, 38.48, 3.06, 0.988, 1.065),
            "amfq", new Row(27.33, 27.96, 25.87, 35.16, 3.35, 0.971, 0.997),
            "foci", new Row(26.82, 27.20, 24.50, 33.50, 1.52, 0.953, 0.973));

    private PaperTable1() {
    }

    /** The paper's numbers for a method, if it reports them (not for the ablation variants). */
    public static Optional<Row> of(String method) {
        return Optional.ofNullable(ROWS.get(method));
    }
}
