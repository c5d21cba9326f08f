package org.foci.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.foci.experiments.config.Method;
import org.foci.experiments.job.JobResult;
import org.foci.experiments.run.CurvePoint;
import org.foci.experiments.run.EvaluationResult;
import org.foci.experiments.run.RunResult;

/**
 * The comparison's figures (paper Fig. 3 and 4, training curves, cost CDF), drawn from a job's
 * results into PNG files. Each figure is drawn only when the job ran the methods it shows.
 */
public final class Figures {

    /** A figure written: file name (relative to the output folder) and caption. */
    public record Figure(String file, String caption) {
    }

    /** The paper's Fig. 3; the job's other methods (not the paper's) follow FOCI. */
    private static final List<String> SWITCH_METHODS = List.of("iql", "amfq", "foci");

    private final JobResult job;

    public Figures(JobResult job) {
        this.job = job;
    }

    /** Draws every figure the job's methods allow into {@code out/figures}; returns them in report order. */
    public List<Figure> write(Path out) throws IOException {
        List<Figure> figures = new ArrayList<>();
        Path dir = out.resolve("figures");
        List<Method> switching = Table1.withOthers(job.methods(), present(SWITCH_METHODS));
        if (!switching.isEmpty()) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (Method method : switching) {
                double[] share = meanOverSeeds(method, r -> r.evaluation().switchShareByStep());
                series.put(method.label(), new double[][] {Charts.indices(share.length, true),
                        Charts.movingAverage(share, 10)});
            }
            Charts.lines(dir.resolve("fig3-switches.png"), "Switch behaviour over time (held-out episodes)",
                    "step (15 s)", "share of devices switching edge (10-step moving average)", series);
            figures.add(new Figure("figures/fig3-switches.png",
                    "Fig. 3: share of devices handing over to another edge at each step, held-out episodes"));
        }
        List<Method> ablation = present(Table1.ABLATION);
        if (!ablation.isEmpty()) {
            Charts.boxes(dir.resolve("fig4a-latency.png"), "Ablation: per-device latency", "latency (ms)",
                    pooled(ablation, EvaluationResult::perDeviceLatencyMs));
            Charts.boxes(dir.resolve("fig4b-energy.png"), "Ablation: per-device energy", "energy per inference (mJ)",
                    pooled(ablation, EvaluationResult::perDeviceEnergyMj));
            figures.add(new Figure("figures/fig4a-latency.png",
                    "Fig. 4a: per-device mean latency per held-out episode (box: quartiles, whiskers, mean)"));
            figures.add(new Figure("figures/fig4b-energy.png", "Fig. 4b: per-device mean energy per inference"));
        }
        List<Method> learners = job.methods().stream()
                .filter(m -> !job.runs().get(m.name()).get(0).curve().isEmpty()).toList();
        if (!learners.isEmpty()) {
            Charts.lines(dir.resolve("training-cost.png"), "Training: mean cost per episode", "episode",
                    "mean cost (5-episode moving average)", curves(learners, CurvePoint::meanCost, 5));
            Charts.lines(dir.resolve("training-worst-cost.png"), "Training: worst device's cost per episode",
                    "episode", "worst device's mean cost (5-episode moving average)",
                    curves(learners, CurvePoint::worstDeviceCost, 5));
            figures.add(new Figure("figures/training-cost.png", "Training curves: mean cost per training episode"));
            figures.add(new Figure("figures/training-worst-cost.png",
                    "Training curves: the worst device's mean cost per training episode"));
        }
        Map<String, double[]> costs = new LinkedHashMap<>();
        for (Method method : job.methods()) {
            costs.put(method.label(), pooledOne(method, EvaluationResult::perDeviceCost));
        }
        Charts.cdf(dir.resolve("cost-cdf.png"), "Per-device cost, held-out episodes", "device's mean cost", costs);
        figures.add(new Figure("figures/cost-cdf.png", "CDF of per-device mean cost per method"));
        return figures;
    }

    private List<Method> present(List<String> wanted) {
        return Table1.present(job.methods(), wanted);
    }

    private double[] meanOverSeeds(Method method, Function<RunResult, double[]> read) {
        List<RunResult> runs = job.runs().get(method.name());
        double[] mean = read.apply(runs.get(0)).clone();
        for (int i = 1; i < runs.size(); i++) {
            double[] next = read.apply(runs.get(i));
            for (int t = 0; t < mean.length; t++) {
                mean[t] += next[t];
            }
        }
        for (int t = 0; t < mean.length; t++) {
            mean[t] /= runs.size();
        }
        return mean;
    }

    private Map<String, double[]> pooled(List<Method> methods, Function<EvaluationResult, double[]> read) {
        Map<String, double[]> samples = new LinkedHashMap<>();
        methods.forEach(m -> samples.put(m.label(), pooledOne(m, read)));
        return samples;
    }

    private double[] pooledOne(Method method, Function<EvaluationResult, double[]> read) {
        return Charts.concat(job.runs().get(method.name()).stream().map(r -> read.apply(r.evaluation())).toList());
    }

    private Map<String, double[][]> curves(List<Method> methods, ToDoubleFunction<CurvePoint> read, int window) {
        Map<String, double[][]> series = new LinkedHashMap<>();
        for (Method method : methods) {
            double[] mean = meanOverSeeds(method, r -> r.curve().stream().mapToDouble(read).toArray());
            series.put(method.label(), new double[][] {Charts.indices(mean.length, true),
                    Charts.movingAverage(mean, window)});
        }
        return series;
    }
}
