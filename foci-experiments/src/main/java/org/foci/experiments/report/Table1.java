package org.foci.experiments.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.PaperMethods;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.io.Json;

/**
 * The paper's Table 1 for our run, with the ablation rows and every metric of MODEL.md §11, in
 * Markdown (with the paper's own numbers side by side), CSV and JSON.
 *
 * <p>{@code table1.csv} and {@code table1.json} hold only metrics (no times, dates or paths), so
 * two runs of one configuration give byte-identical files.
 */
public final class Table1 {

    /** The paper's Table 1, in its order; the job's other methods (not the paper's) follow FOCI. */
    private static final List<String> OVERALL = List.of("alp", "nsg", "iql", "amfq", "foci");
    /** The paper's ablation (Fig. 4), in its order. */
    static final List<String> ABLATION = List.of("nsg", "ofr-only", "coa-only", "foci");
    /** ALP never offloads: its switch cost is not defined. */
    private static final String NEVER_SWITCHES = "alp";

    private final Comparison comparison;

    public Table1(Comparison comparison) {
        this.comparison = comparison;
    }

    /** Writes table1.md, table1.csv and table1.json into {@code dir}. */
    public void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("table1.md"), markdown());
        AtomicFiles.writeString(dir.resolve("table1.csv"), csv());
        AtomicFiles.writeString(dir.resolve("table1.json"), Json.MAPPER.writeValueAsString(json()) + "\n");
    }

    /** The Markdown tables. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        int seeds = comparison.methods().isEmpty() ? 0
                : comparison.get(comparison.methods().get(0), Metric.COST_AVG).seeds();
        md.append("Held-out evaluation, greedy policies; mean").append(seeds > 1 ? " ± 95 % interval over " + seeds
                + " seeds" : " of 1 seed").append(". Lower is better everywhere; \"max\" is the worst device's mean.")
                .append(" Cost is the paper's \"reward\" (its negative QoS).\n\n");
        List<Method> overall = withOthers(comparison.methods(), present(OVERALL));
        if (!overall.isEmpty()) {
            md.append("### Table 1: overall comparison (ours, and the paper's numbers in italics)\n\n");
            header(md, overall);
            pair(md, "Avg/Max latency (ms)", overall, Metric.LATENCY_AVG, Metric.LATENCY_MAX,
                    p -> fmt(p.latencyAvgMs(), 2) + "/" + fmt(p.latencyMaxMs(), 2));
            pair(md, "Avg/Max energy (mJ)", overall, Metric.ENERGY_AVG, Metric.ENERGY_MAX,
                    p -> fmt(p.energyAvgMj(), 2) + "/" + fmt(p.energyMaxMj(), 2));
            single(md, "Avg switch cost", overall, Metric.SWITCHES, p -> fmt(p.switches(), 2));
            pair(md, "Avg/Max cost (\"reward\")", overall, Metric.COST_AVG, Metric.COST_MAX,
                    p -> fmt(p.costAvg(), 3) + "/" + fmt(p.costMax(), 3));
            md.append('\n');
        }
        List<Method> ablation = present(ABLATION);
        if (ablation.size() > 1) {
            md.append("### Ablation (paper Fig. 4)\n\n");
            header(md, ablation);
            pair(md, "Avg/Max latency (ms)", ablation, Metric.LATENCY_AVG, Metric.LATENCY_MAX, null);
            pair(md, "Avg/Max energy (mJ)", ablation, Metric.ENERGY_AVG, Metric.ENERGY_MAX, null);
            single(md, "Avg switch cost", ablation, Metric.SWITCHES, null);
            pair(md, "Avg/Max cost", ablation, Metric.COST_AVG, Metric.COST_MAX, null);
            md.append('\n');
        }
        md.append("### Every metric\n\n");
        header(md, comparison.methods());
        for (Metric metric : Metric.all()) {
            md.append("| ").append(metric.label());
            for (Method method : comparison.methods()) {
                md.append(" | ").append(comparison.get(method, metric).format(metric.decimals()));
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    /** One row per method and metric: {@code method,metric,mean,ci95,seeds}. */
    public String csv() {
        StringBuilder csv = new StringBuilder("method,metric,mean,ci95,seeds\n");
        for (Method method : comparison.methods()) {
            for (Metric metric : Metric.all()) {
                Estimate e = comparison.get(method, metric);
                csv.append(method.name()).append(',').append(metric.key()).append(',').append(fmt(e.mean(), 6))
                        .append(',').append(Double.isNaN(e.ci95()) ? "" : fmt(e.ci95(), 6)).append(',')
                        .append(e.seeds()).append('\n');
            }
        }
        return csv.toString();
    }

    /** The same numbers as JSON, with the paper's where it has them. */
    public ObjectNode json() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode methods = root.putObject("methods");
        for (Method method : comparison.methods()) {
            ObjectNode node = methods.putObject(method.name());
            node.put("label", method.label());
            ObjectNode metrics = node.putObject("metrics");
            for (Metric metric : Metric.all()) {
                Estimate e = comparison.get(method, metric);
                ObjectNode m = metrics.putObject(metric.key());
                m.put("mean", round(e.mean()));
                if (!Double.isNaN(e.ci95())) {
                    m.put("ci95", round(e.ci95()));
                }
                m.put("seeds", e.seeds());
            }
            PaperTable1.of(method.name()).ifPresent(p -> node.set("paper", Json.MAPPER.valueToTree(p)));
        }
        return root;
    }

    private List<Method> present(List<String> wanted) {
        return present(comparison.methods(), wanted);
    }

    /** The methods named in {@code wanted}, in its order, that the job ran. */
    static List<Method> present(List<Method> ran, List<String> wanted) {
        return wanted.stream().flatMap(name -> ran.stream().filter(m -> m.name().equals(name))).toList();
    }

    /** {@code shown} followed by the methods that are not the paper's, in the job's order. */
    static List<Method> withOthers(List<Method> ran, List<Method> shown) {
        List<Method> all = new java.util.ArrayList<>(shown);
        ran.stream().filter(m -> !PaperMethods.NAMES.contains(m.name())).forEach(all::add);
        return List.copyOf(all);
    }

    private static void header(StringBuilder md, List<Method> methods) {
        md.append("| Metric");
        methods.forEach(m -> md.append(" | ").append(m.label()));
        md.append(" |\n|---");
        methods.forEach(m -> md.append("|---"));
        md.append("|\n");
    }

    private void pair(StringBuilder md, String label, List<Method> methods, Metric avg, Metric max,
                      Function<PaperTable1.Row, String> paper) {
        md.append("| ").append(label);
        for (Method method : methods) {
            md.append(" | ").append(comparison.get(method, avg).format(avg.decimals())).append(" / ")
                    .append(comparison.get(method, max).format(max.decimals()));
        }
        md.append(" |\n");
        paperRow(md, methods, paper);
    }

    private void single(StringBuilder md, String label, List<Method> methods, Metric metric,
                        Function<PaperTable1.Row, String> paper) {
        md.append("| ").append(label);
        for (Method method : methods) {
            md.append(" | ").append(NEVER_SWITCHES.equals(method.name()) ? "–"
                    : comparison.get(method, metric).format(metric.decimals()));
        }
        md.append(" |\n");
        paperRow(md, methods, paper);
    }

    private static void paperRow(StringBuilder md, List<Method> methods, Function<PaperTable1.Row, String> paper) {
        if (paper == null) {
            return;
        }
        md.append("| *paper*");
        for (Method method : methods) {
            md.append(" | *").append(PaperTable1.of(method.name()).map(paper).orElse("–")).append('*');
        }
        md.append(" |\n");
    }

    private static String fmt(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Double.parseDouble(String.format(Locale.ROOT, "%.6g", value)) : value;
    }
}
