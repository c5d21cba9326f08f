package org.foci.sweep.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.foci.sweep.run.ExperimentRuntime;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.report.Estimate;
import org.foci.experiments.report.Metric;
import org.foci.sweep.grid.SweepPlan;
import org.foci.sweep.grid.SweepPoint;
import org.foci.sweep.run.RunStatus;
import org.foci.sweep.run.SweepRow;

/**
 * A sweep's rows aggregated over seeds: one group per method and combination of the <em>varied</em>
 * setting keys, each metric as its mean ± 95 % interval (Student's t, {@link Estimate}) over the
 * group's successful runs. A key is varied when it takes two or more values, or when a grid's
 * explicit runs set it for some runs of a method and leave it at its default for others; a key set to
 * one value wherever it applies is reported once, as fixed. A key is empty in a group ({@code –})
 * whose runs do not set it: it does not apply to their plug-ins, or they took its default.
 */
public final class SweepSummary {

    /** Markdown file name. */
    public static final String MARKDOWN = "sweep-summary.md";
    /** CSV file name. */
    public static final String CSV = "sweep-summary.csv";

    /**
     * The runs of one method at one combination of the varied keys: its seeds.
     *
     * @param method the method's name
     * @param values the varied keys' values, in {@link #variedKeys()} order; null where a key does not apply
     * @param rows   its runs, in sweep order
     */
    public record Group(String method, List<String> values, List<SweepRow> rows) {

        public Group {
            Objects.requireNonNull(method, "method");
            values = Collections.unmodifiableList(new ArrayList<>(values));
            rows = List.copyOf(rows);
        }

        /** The runs with metrics. */
        public List<SweepRow> succeeded() {
            return rows.stream().filter(r -> r.status().succeeded()).toList();
        }

        /** The number of failed runs. */
        public long failed() {
            return rows.stream().filter(r -> r.status() == RunStatus.FAILED).count();
        }

        /** The metric over the group's successful runs; empty when every run failed. */
        public Optional<Estimate> estimate(Metric metric) {
            List<Double> values = succeeded().stream().map(r -> r.metric(metric)).toList();
            return values.isEmpty() ? Optional.empty() : Optional.of(Estimate.of(values));
        }

        /** {@code FOCI} or {@code FOCI, agent.learningRate=0.0001}, leaving out {@code except}. */
        public String label(List<String> keys, String except) {
            StringBuilder label = new StringBuilder(ExperimentRuntime.get().methodLabel(method));
            for (int i = 0; i < keys.size(); i++) {
                if (!keys.get(i).equals(except) && values.get(i) != null) {
                    label.append(", ").append(keys.get(i)).append('=').append(values.get(i));
                }
            }
            return label.toString();
        }
    }

    private final SweepPlan plan;
    private final List<SweepRow> rows;
    private final List<String> variedKeys;
    private final Map<String, String> fixedSettings;
    private final List<Group> groups;

    private SweepSummary(SweepPlan plan, List<SweepRow> rows) {
        this.plan = plan;
        this.rows = List.copyOf(rows);
        List<String> varied = new ArrayList<>();
        Map<String, String> fixed = new LinkedHashMap<>();
        for (String key : plan.settingKeys()) {
            Set<String> distinct = new LinkedHashSet<>();
            plan.points().forEach(p -> {
                if (p.settings().containsKey(key)) {
                    distinct.add(p.settings().get(key));
                }
            });
            if (distinct.size() > 1 || someRunsOfAMethodLeaveItOut(plan, key)) {
                varied.add(key);
            } else if (distinct.size() == 1) {
                fixed.put(key, distinct.iterator().next());
            }
        }
        this.variedKeys = List.copyOf(varied);
        this.fixedSettings = Collections.unmodifiableMap(fixed);
        Map<List<String>, List<SweepRow>> byGroup = new LinkedHashMap<>();
        for (SweepRow row : this.rows) {
            SweepPoint point = row.point();
            List<String> key = new ArrayList<>();
            key.add(point.method());
            varied.forEach(k -> key.add(point.settings().get(k)));
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Group> list = new ArrayList<>();
        byGroup.forEach((key, groupRows) -> list.add(new Group(key.get(0), key.subList(1, key.size()), groupRows)));
        this.groups = List.copyOf(list);
    }

    /**
     * True when a method has runs with the key and runs without it: the grid's explicit runs set it for
     * some cells only (whether a key applies depends on the method's plug-ins, so a method whose runs all
     * lack it simply does not declare it).
     */
    private static boolean someRunsOfAMethodLeaveItOut(SweepPlan plan, String key) {
        Map<String, Set<Boolean>> setByMethod = new LinkedHashMap<>();
        plan.points().forEach(p -> setByMethod.computeIfAbsent(p.method(), m -> new LinkedHashSet<>())
                .add(p.settings().containsKey(key)));
        return setByMethod.values().stream().anyMatch(set -> set.size() > 1);
    }

    /** Aggregates the rows of a sweep (any order; groups appear in the order of their first run). */
    public static SweepSummary of(SweepPlan plan, List<SweepRow> rows) {
        List<SweepRow> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(a.point().index(), b.point().index()));
        return new SweepSummary(plan, sorted);
    }

    /** The setting keys taking two or more values, in grid order. */
    public List<String> variedKeys() {
        return variedKeys;
    }

    /** The setting keys taking one value, with it. */
    public Map<String, String> fixedSettings() {
        return fixedSettings;
    }

    /** The groups, in the order of their first run. */
    public List<Group> groups() {
        return groups;
    }

    /** The rows, in sweep order. */
    public List<SweepRow> rows() {
        return rows;
    }

    /** The plan. */
    public SweepPlan plan() {
        return plan;
    }

    /** The number of rows with a status. */
    public long count(RunStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** Writes {@link #MARKDOWN} and {@link #CSV} into {@code dir}, atomically. */
    public void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(MARKDOWN), markdown());
        AtomicFiles.writeString(dir.resolve(CSV), csv());
    }

    /** The Markdown report: counts, the table of every metric by group, and the failed runs. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Sweep ").append(plan.gridFile().getFileName()).append(", preset ").append(plan.preset())
                .append("\n\n");
        md.append(rows.size()).append(" runs: ").append(count(RunStatus.OK)).append(" ran, ")
                .append(count(RunStatus.REUSED)).append(" reused from an earlier sweep, ")
                .append(count(RunStatus.FAILED)).append(" failed. Held-out greedy evaluation; each cell is the mean ")
                .append("± 95 % interval (Student's t) over the group's seeds; \"max\" is the worst device's mean.");
        if (!fixedSettings.isEmpty()) {
            md.append(" Fixed:");
            fixedSettings.forEach((k, v) -> md.append(' ').append(k).append('=').append(v));
            md.append('.');
        }
        md.append("\n\n| method");
        variedKeys.forEach(k -> md.append(" | ").append(k));
        md.append(" | runs");
        Metric.all().forEach(m -> md.append(" | ").append(m.label()));
        md.append(" |\n|---");
        variedKeys.forEach(k -> md.append("|---"));
        md.append("|---");
        Metric.all().forEach(m -> md.append("|---"));
        md.append("|\n");
        for (Group group : groups) {
            md.append("| ").append(ExperimentRuntime.get().methodLabel(group.method()));
            group.values().forEach(v -> md.append(" | ").append(v == null ? "–" : v));
            long ok = group.succeeded().size();
            md.append(" | ").append(ok).append(group.failed() > 0 ? " (" + group.failed() + " failed)" : "");
            for (Metric metric : Metric.all()) {
                md.append(" | ").append(group.estimate(metric).map(e -> e.format(metric.decimals())).orElse("–"));
            }
            md.append(" |\n");
        }
        List<SweepRow> failed = rows.stream().filter(r -> r.status() == RunStatus.FAILED).toList();
        if (!failed.isEmpty()) {
            md.append("\n## Failed runs\n\nEach run's folder `runs/<run>/` holds `error.txt` with the stack trace.\n\n")
                    .append("| run | settings | reason |\n|---|---|---|\n");
            for (SweepRow row : failed) {
                md.append("| ").append(row.point().runId()).append(" | ").append(row.point().label())
                        .append(" | ").append(row.error().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }

    /**
     * One line per group and metric, {@code method,<varied keys>,metric,mean,ci95,seeds} (groups whose runs
     * all failed are left out; ci95 is empty with one seed).
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("method");
        variedKeys.forEach(k -> csv.append(',').append(SweepTable.quote(k)));
        csv.append(",metric,mean,ci95,seeds\n");
        for (Group group : groups) {
            for (Metric metric : Metric.all()) {
                Optional<Estimate> estimate = group.estimate(metric);
                if (estimate.isEmpty()) {
                    continue;
                }
                csv.append(group.method());
                group.values().forEach(v -> csv.append(',').append(v == null ? "" : SweepTable.quote(v)));
                Estimate e = estimate.get();
                csv.append(',').append(metric.key()).append(',').append(e.mean()).append(',')
                        .append(Double.isNaN(e.ci95()) ? "" : Double.toString(e.ci95())).append(',').append(e.seeds())
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /** The varied keys whose values are all numbers: the x axes of the plots. */
    public List<String> numericVariedKeys() {
        return variedKeys.stream().filter(key -> plan.points().stream().map(p -> p.settings().get(key))
                .filter(Objects::nonNull).allMatch(SweepTable::parsesAsDouble)).toList();
    }
}
