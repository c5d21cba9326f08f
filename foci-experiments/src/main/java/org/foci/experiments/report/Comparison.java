package org.foci.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foci.experiments.config.Method;
import org.foci.experiments.run.RunResult;

/**
 * The estimates of every metric for every method of a job: mean and 95 % interval over seeds.
 */
public final class Comparison {

    private final List<Method> methods;
    private final Map<String, Map<Metric, Estimate>> estimates = new LinkedHashMap<>();

    /** Aggregates the runs of each method. */
    public Comparison(List<Method> methods, Map<String, List<RunResult>> runs) {
        this.methods = List.copyOf(methods);
        for (Method method : methods) {
            List<RunResult> results = runs.get(method.name());
            Map<Metric, Estimate> byMetric = new LinkedHashMap<>();
            for (Metric metric : Metric.all()) {
                List<Double> values = new ArrayList<>();
                results.forEach(r -> values.add(metric.read().applyAsDouble(r.evaluation())));
                byMetric.put(metric, Estimate.of(values));
            }
            estimates.put(method.name(), byMetric);
        }
    }

    /** The methods, in table order. */
    public List<Method> methods() {
        return methods;
    }

    /** The estimate of a metric for a method. */
    public Estimate get(Method method, Metric metric) {
        return estimates.get(method.name()).get(metric);
    }

    /** True when the job ran this method. */
    public boolean has(Method method) {
        return estimates.containsKey(method.name());
    }
}
