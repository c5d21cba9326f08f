package org.foci.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.foci.experiments.config.Method;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.job.JobResult;
import org.foci.experiments.run.BuildFingerprint;
import org.foci.experiments.run.RunResult;
import org.foci.experiments.run.RunTimes;

/**
 * Writes a job's outputs: {@code table1.md/.csv/.json}, the figures, {@code report.md} and a
 * self-contained {@code report.html} (table, figures, resolved configuration, seeds, plug-ins,
 * versions and run time).
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes everything into {@code out}.
     *
     * @param extraFigures figures drawn elsewhere (for example the scenario heatmap), already in {@code out}
     */
    public static void write(JobResult job, Path out, List<Figures.Figure> extraFigures) throws IOException {
        Comparison comparison = new Comparison(job.methods(), job.runs());
        Table1 table = new Table1(comparison);
        table.write(out);
        List<Figures.Figure> figures = new java.util.ArrayList<>(new Figures(job).write(out));
        figures.addAll(extraFigures);
        String markdown = markdown(job, table, figures);
        AtomicFiles.writeString(out.resolve("report.md"), markdown);
        AtomicFiles.writeString(out.resolve("report.html"), MarkdownHtml.render("FOCI reproduction", markdown, out));
    }

    private static String markdown(JobResult job, Table1 table, List<Figures.Figure> figures) {
        StringBuilder md = new StringBuilder("# FOCI reproduction: ").append(job.spec().preset()).append(" preset\n\n");
        md.append("Methods ").append(String.join(", ", job.methods().stream().map(Method::label).toList()))
                .append("; run seeds ").append(job.spec().runSeeds()).append("; wall time ")
                .append(String.format(Locale.ROOT, "%.1f", job.wallSeconds())).append(" s (this invocation).\n\n");
        md.append("## Results\n\n").append(table.markdown()).append('\n');
        md.append("## Figures\n\n");
        for (Figures.Figure figure : figures) {
            md.append("![").append(figure.caption()).append("](").append(figure.file()).append(")\n\n");
        }
        md.append("## Where the time went\n\n")
                .append("| run | wall (s) | environment (s) | of which oracle (s) | agent (s) | observations (s) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<RunResult>> entry : job.runs().entrySet()) {
            for (RunResult run : entry.getValue()) {
                RunTimes t = run.times();
                md.append(String.format(Locale.ROOT, "| %s seed %d | %.1f | %.1f | %.2f | %.1f | %.1f |%n",
                        entry.getKey(), run.seed(), t.wallSeconds(), t.environmentSeconds(), t.oracleSeconds(),
                        t.agentSeconds(), t.observationSeconds()));
            }
        }
        md.append("\nA run resumed from a checkpoint reports the time of all its invocations; a run found "
                + "finished, the time of the run that wrote it.\n\n## Plug-ins\n\n");
        job.plugins().forEach(p -> md.append("- ").append(p).append('\n'));
        md.append("\n## Versions\n\n- foci ").append(BuildFingerprint.version()).append(", build fingerprint ")
                .append(BuildFingerprint.current()).append(" (runs of another build in this folder are recomputed)")
                .append("\n- Java ")
                .append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vm.name"))
                .append(")\n- OS ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors; OMP_NUM_THREADS=").append(System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"))
                .append("\n\n## Machine and numerics\n\nWhere the runs were computed (each run folder's ")
                .append("`provenance.json`; all of them in `provenance.json` beside `config.json`). In portable BLAS ")
                .append("mode every x86-64 CPU with AVX2 and FMA gives the same bits (docs/architecture.md, ")
                .append("\"Determinism\").\n\n");
        job.provenance().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Configuration\n\nRe-run with `foci reproduce --config config.json --out DIR`. ")
                .append("The user's settings: `").append(job.spec().settings()).append("`. ")
                .append("Every effective setting per method:\n\n");
        for (Map.Entry<String, SortedMap<String, String>> entry : job.resolved().entrySet()) {
            md.append("### ").append(entry.getKey()).append("\n\n```\n");
            entry.getValue().forEach((k, v) -> md.append(k).append(" = ").append(v).append('\n'));
            md.append("```\n\n");
        }
        return md.toString();
    }
}
