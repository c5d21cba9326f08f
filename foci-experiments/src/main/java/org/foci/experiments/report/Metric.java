package org.foci.experiments.report;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.foci.experiments.run.EvaluationResult;

/**
 * A metric of the comparison table, read from an evaluation (MODEL.md §11).
 *
 * @param key      stable identifier used in CSV and JSON
 * @param label    human-readable name with unit
 * @param decimals digits after the point in tables
 * @param read     extracts the value from an evaluation
 */
public record Metric(String key, String label, int decimals, ToDoubleFunction<EvaluationResult> read) {

    public static final Metric LATENCY_AVG = new Metric("latencyAvgMs", "avg latency (ms)", 2, e -> e.latencyMs().avg());
    public static final Metric LATENCY_MAX = new Metric("latencyMaxMs", "max latency (ms)", 2, e -> e.latencyMs().max());
    public static final Metric LATENCY_P99 = new Metric("latencyP99Ms", "p99 latency (ms)", 2, e -> e.latencyMs().p99());
    public static final Metric ENERGY_AVG = new Metric("energyAvgMj", "avg energy (mJ)", 2, e -> e.energyMj().avg());
    public static final Metric ENERGY_MAX = new Metric("energyMaxMj", "max energy (mJ)", 2, e -> e.energyMj().max());
    public static final Metric ENERGY_P99 = new Metric("energyP99Mj", "p99 energy (mJ)", 2, e -> e.energyMj().p99());
    public static final Metric SWITCHES = new Metric("switchesPerDevice", "switches per device per episode", 2,
            EvaluationResult::switchesPerDevice);
    public static final Metric COST_AVG = new Metric("costAvg", "avg cost", 3, e -> e.cost().avg());
    public static final Metric COST_MAX = new Metric("costMax", "max cost", 3, e -> e.cost().max());
    public static final Metric COST_P99 = new Metric("costP99", "p99 cost", 3, e -> e.cost().p99());
    public static final Metric DEADLINE_MISS = new Metric("deadlineMissRate", "deadline-miss rate", 4,
            EvaluationResult::deadlineMissRate);
    public static final Metric REJECTIONS = new Metric("rejectionsPerEpisode", "rejections per episode", 1,
            EvaluationResult::rejectionsPerEpisode);
    public static final Metric OFFLOAD_SHARE = new Metric("offloadShare", "offloaded share of inferences", 3,
            EvaluationResult::offloadShare);
    public static final Metric JAIN = new Metric("jainIndex", "Jain's index of device cost", 4,
            EvaluationResult::jainIndex);

    /** Every metric, in table order. */
    public static List<Metric> all() {
        return List.of(LATENCY_AVG, LATENCY_MAX, LATENCY_P99, ENERGY_AVG, ENERGY_MAX, ENERGY_P99, SWITCHES, COST_AVG,
                COST_MAX, COST_P99, DEADLINE_MISS, REJECTIONS, OFFLOAD_SHARE, JAIN);
    }
}
