package org.foci.sweep.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foci.experiments.report.Charts;
import org.foci.experiments.report.Estimate;
import org.foci.experiments.report.Metric;
import org.foci.sweep.report.SweepSummary.Group;

/**
 * PNG line charts of every metric against every numeric varied key of a sweep, one line per method
 * (for example the worst device's latency against {@code env.devices}: how the methods cope with
 * crowding). Each point is the mean over the seeds. When the grid varies other keys too, each of
 * their combinations is a line of its own ({@code FOCI, agent.learningRate=0.0001}) rather than being
 * averaged away. Keys whose values are not numbers (a model variant, a reward form) get effect plots instead:
 * the key's levels on the x axis, in the order the grid lists them, one line per method and combination.
 */
public final class SweepCharts {

    /** The folder of the charts in the output folder. */
    public static final String FOLDER = "figures";

    private SweepCharts() {
    }

    /**
     * Writes {@code figures/<metric>-vs-<key>.png} for each metric and numeric varied key, and
     * {@code figures/<metric>-by-<key>.png} for each metric and other varied key.
     *
     * @return the files written, in order; empty when the grid varies no key
     */
    public static List<Path> write(SweepSummary summary, Path out) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String key : summary.numericVariedKeys()) {
            for (Metric metric : Metric.all()) {
                Map<String, double[][]> series = series(summary, key, metric);
                if (series.isEmpty()) {
                    continue;
                }
                Path file = out.resolve(FOLDER).resolve(metric.key() + "-vs-" + key + ".png");
                Charts.lines(file, metric.label() + " vs " + key + " (preset " + summary.plan().preset()
                        + ", mean over seeds)", key, metric.label(), series);
                written.add(file);
            }
        }
        List<String> numeric = summary.numericVariedKeys();
        for (String key : summary.variedKeys()) {
            if (numeric.contains(key)) {
                continue;
            }
            List<String> levels = levels(summary, key);
            for (Metric metric : Metric.all()) {
                Map<String, Map<String, Double>> series = effects(summary, key, metric);
                if (series.isEmpty()) {
                    continue;
                }
                Path file = out.resolve(FOLDER).resolve(metric.key() + "-by-" + key + ".png");
                Charts.effects(file, metric.label() + " by " + key + " (preset " + summary.plan().preset()
                        + ", mean over seeds)", key, metric.label(), levels, series);
                written.add(file);
            }
        }
        return written;
    }

    /** The values a key takes in the plan, in the order they first appear. */
    static List<String> levels(SweepSummary summary, String key) {
        return summary.plan().points().stream().map(p -> p.settings().get(key)).filter(java.util.Objects::nonNull)
                .distinct().toList();
    }

    /** One line per method (and combination of the other varied keys): the mean over seeds at each level. */
    static Map<String, Map<String, Double>> effects(SweepSummary summary, String key, Metric metric) {
        List<String> keys = summary.variedKeys();
        int column = keys.indexOf(key);
        Map<String, Map<String, Double>> series = new LinkedHashMap<>();
        for (Group group : summary.groups()) {
            String level = group.values().get(column);
            Optional<Estimate> y = group.estimate(metric);
            if (level == null || y.isEmpty() || Double.isNaN(y.get().mean())) {
                continue;
            }
            series.computeIfAbsent(group.label(keys, key), k -> new LinkedHashMap<>()).put(level, y.get().mean());
        }
        series.values().removeIf(values -> values.size() < 2);    // a line needs two levels to show an effect
        return series;
    }

    /**
     * One line per method (and combination of the other varied keys) with two or more values of the key:
     * x sorted, y the mean over seeds.
     */
    static Map<String, double[][]> series(SweepSummary summary, String key, Metric metric) {
        List<String> keys = summary.variedKeys();
        int column = keys.indexOf(key);
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (Group group : summary.groups()) {
            String x = group.values().get(column);
            Optional<Estimate> y = group.estimate(metric);
            if (x == null || y.isEmpty()) {
                continue;
            }
            points.computeIfAbsent(group.label(keys, key), k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(x), y.get().mean()});
        }
        Map<String, double[][]> series = new LinkedHashMap<>();
        points.values().removeIf(xy -> xy.size() < 2);    // as in effects: one point shows no effect
        points.forEach((label, xy) -> {
            xy.sort(Comparator.comparingDouble(p -> p[0]));
            double[][] line = new double[2][xy.size()];
            for (int i = 0; i < xy.size(); i++) {
                line[0][i] = xy.get(i)[0];
                line[1][i] = xy.get(i)[1];
            }
            series.put(label, line);
        });
        return series;
    }
}
