package org.foci.sweep.run;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.foci.experiments.report.Metric;
import org.foci.experiments.run.EvaluationResult;
import org.foci.sweep.grid.SweepPoint;

/**
 * The outcome of one run of a sweep, as its Spark task returns it: the point, how it ended, every
 * metric of the Table 1 set (held-out greedy evaluation), times and where it ran.
 *
 * @param point       the run
 * @param status      how it ended
 * @param metrics     by {@link Metric#key()}, in {@link Metric#all()} order; empty when it failed
 * @param wallSeconds the run's own wall time (training and evaluation, as {@code foci train} reports it; for a
 *                    reused run, the time it took when it ran); NaN when it failed
 * @param taskSeconds the Spark task's wall time in this sweep, plug-in wiring and file checks included
 * @param executorId  the Spark executor that ran it ({@code driver} in local mode)
 * @param host        that executor's host name
 * @param error       why it failed, one line naming the key and value where there is one; null when it did not
 */
public record SweepRow(SweepPoint point, RunStatus status, Map<String, Double> metrics, double wallSeconds,
                       double taskSeconds, String executorId, String host, String error) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SweepRow {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(status, "status");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        Objects.requireNonNull(executorId, "executorId");
        Objects.requireNonNull(host, "host");
        if (status.succeeded() != (error == null)) {
            throw new IllegalArgumentException("a " + status.label() + " row must " + (status.succeeded() ? "not " : "")
                    + "have an error, but had " + error);
        }
    }

    /** A finished run's row. */
    public static SweepRow succeeded(SweepPoint point, boolean reused, EvaluationResult evaluation, double wallSeconds,
                                     double taskSeconds, String executorId, String host) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.all()) {
            metrics.put(metric.key(), metric.read().applyAsDouble(evaluation));
        }
        return new SweepRow(point, reused ? RunStatus.REUSED : RunStatus.OK, metrics, wallSeconds, taskSeconds,
                executorId, host, null);
    }

    /** A failed run's row. */
    public static SweepRow failed(SweepPoint point, String error, double taskSeconds, String executorId, String host) {
        return new SweepRow(point, RunStatus.FAILED, Map.of(), Double.NaN, taskSeconds, executorId, host,
                Objects.requireNonNull(error, "error"));
    }

    /** A metric's value; NaN when the run failed. */
    public double metric(Metric metric) {
        return metrics.getOrDefault(metric.key(), Double.NaN);
    }
}
