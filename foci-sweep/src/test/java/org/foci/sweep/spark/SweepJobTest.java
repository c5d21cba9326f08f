package org.foci.sweep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.foci.experiments.cli.FociCommand;
import org.foci.experiments.io.OutputLock;
import org.foci.sweep.cli.SweepAction;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.report.Metric;
import org.foci.sweep.grid.GridFile;
import org.foci.sweep.grid.SweepPlan;
import org.foci.sweep.grid.SweepPlanner;
import org.foci.sweep.report.SweepSummary;
import org.foci.sweep.run.ExperimentRuntime;
import org.foci.sweep.run.RunStatus;
import org.foci.sweep.run.RunTask;
import org.foci.sweep.run.SweepRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Sweeps on an embedded {@code local[2]} Spark, one session shared by the tests of this class. */
class SweepJobTest {

    private static final ScalePreset SMOKE = ScalePreset.of(new ScalePresets.Smoke());

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SweepSessions.start("local[2]", "foci-sweep tests", Map.of());
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private SweepPlan plan(String yaml) throws IOException {
        Path grid = dir.resolve("grid.yaml");
        Files.writeString(grid, yaml);
        return new SweepPlanner(ExperimentRuntime.get().registry()).plan(GridFile.read(grid), SMOKE);
    }

    @Test
    void aSmallSweepHasOneRowPerRunAggregatesOverSeedsAndResumesWithoutRecomputing() throws IOException {
        SweepPlan plan = plan("method: [nsg, iql]\nseed: [1, 2]\n");
        Path out = dir.resolve("out");

        SweepJob.SweepResult first = new SweepJob(spark).run(plan, out);

        assertThat(first.rows()).extracting(r -> r.point().method() + " s" + r.point().seed() + " " + r.status())
                .containsExactly("nsg s1 OK", "nsg s2 OK", "iql s1 OK", "iql s2 OK");
        assertThat(first.rows()).allSatisfy(row -> {
            assertThat(row.metrics()).containsOnlyKeys(Metric.all().stream().map(Metric::key).toList());
            assertThat(row.metric(Metric.LATENCY_MAX)).isPositive().isFinite();
            assertThat(row.wallSeconds()).isPositive();
            assertThat(row.executorId()).isEqualTo("driver");
            assertThat(row.error()).isNull();
            assertThat(out.resolve("runs").resolve(row.point().runId()).resolve("result.json")).isRegularFile();
        });
        SweepSummary summary = first.summary();
        assertThat(summary.groups()).extracting(SweepSummary.Group::method).containsExactly("nsg", "iql");
        assertThat(summary.groups()).allSatisfy(g ->
                assertThat(g.estimate(Metric.COST_AVG).orElseThrow().seeds()).isEqualTo(2));

        List<String> csv = Files.readAllLines(out.resolve(SweepJob.CSV));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(0)).startsWith("index,runId,preset,method,seed,latencyAvgMs,");
        Dataset<Row> parquet = spark.read().parquet(out.resolve(SweepJob.PARQUET).toString());
        assertThat(parquet.count()).isEqualTo(4);
        assertThat(parquet.columns()).contains("seed", "latencyMaxMs", "status", "error", "executorId");
        assertThat(parquet.filter("status = 'ok'").count()).isEqualTo(4);
        assertThat(Files.readString(out.resolve(SweepSummary.MARKDOWN))).contains("| NSG | 2 |", "| IQL | 2 |");

        Map<Path, FileTime> written = resultTimes(out);
        SweepJob.SweepResult second = new SweepJob(spark).run(plan, out);

        assertThat(second.rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(RunStatus.REUSED));
        assertThat(second.rows()).extracting(SweepRow::metrics)
                .containsExactlyElementsOf(first.rows().stream().map(SweepRow::metrics).toList());
        assertThat(resultTimes(out)).isEqualTo(written);
        assertThat(spark.read().parquet(out.resolve(SweepJob.PARQUET).toString()).filter("status = 'reused'").count())
                .isEqualTo(4);
        try (Stream<Path> files = Files.list(out)) {
            // no temporary folders left; no figures, as the grid varies no numeric setting
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("runs", SweepJob.PLAN, SweepJob.PARQUET, SweepJob.CSV, SweepSummary.MARKDOWN, SweepSummary.CSV);
        }
    }

    @Test
    void anInvalidPointFailsInItsOwnRowWithTheReasonAndTheOthersSucceed() throws IOException {
        SweepPlan plan = plan("method: nsg\nseed: [1]\nenv.devices: [24, -1]\n");
        Path out = dir.resolve("out");

        SweepJob.SweepResult result = new SweepJob(spark).run(plan, out);

        assertThat(result.rows()).extracting(SweepRow::status).containsExactly(RunStatus.OK, RunStatus.FAILED);
        SweepRow failed = result.rows().get(1);
        assertThat(failed.error()).contains("env.devices").contains("-1");
        assertThat(failed.metrics()).isEmpty();
        assertThat(out.resolve("runs").resolve(failed.point().runId()).resolve(RunTask.ERROR_FILE)).isRegularFile();
        assertThat(Files.readAllLines(out.resolve(SweepJob.CSV)).get(2)).contains(",-1,").contains(",failed,")
                .contains("env.devices");
        assertThat(Files.readString(out.resolve(SweepSummary.MARKDOWN))).contains("## Failed runs", failed.error());
        // env.devices is numeric and varied, but only one of its levels has metrics: a lone point shows no
        // effect, so no chart is drawn
        assertThat(result.charts()).isEmpty();
    }

    @Test
    void theCommandLineJoinsTheRunningSessionRunsTheSweepAndLeavesTheSessionRunning() throws IOException {
        Path grid = dir.resolve("grid.json");
        Files.writeString(grid, "{\"method\": \"alp\", \"seed\": [1]}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = FociCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("sweep", "--preset", "smoke", "--grid", grid.toString(), "--out",
                dir.resolve("cli").toString(), "--master", "local[2]");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 runs: 1 ran, 0 reused", "| ALP | 1 |", "wrote " + dir.resolve("cli"));
        assertThat(spark.sparkContext().isStopped()).isFalse();
    }

    private static List<String> metricsOf(String csvRow) {
        List<String> fields = List.of(csvRow.split(",", -1));
        return fields.subList(0, fields.size() - 6);
    }

    private static int sweep(Path grid, Path out, StringWriter err) {
        CommandLine cli = FociCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("sweep", "--preset", "smoke", "--grid", grid.toString(), "--out", out.toString(),
                "--master", "local[2]");
    }

    @Test
    void aSweepWithAFailedRunExitsWithThreeAndADamagedResultIsRecomputedNextTime() throws IOException {
        Path grid = dir.resolve("grid.yaml");
        Files.writeString(grid, "method: nsg\nseed: [1]\nenv.devices: [24, -1]\n");
        Path out = dir.resolve("failing");
        StringWriter err = new StringWriter();

        assertThat(sweep(grid, out, err)).as(err.toString()).isEqualTo(SweepAction.SOME_RUNS_FAILED);
        assertThat(err.toString()).contains("foci sweep: 1 of 2 runs failed:").contains("env.devices");

        // the good run's result.json cut short: one WARN, that run computed again, the same metrics
        String before = Files.readAllLines(out.resolve(SweepJob.CSV)).get(1);
        Path result;
        try (Stream<Path> files = Files.walk(out.resolve("runs"))) {
            result = files.filter(p -> p.getFileName().toString().equals("result.json")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(result);
        Files.write(result, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(sweep(grid, out, new StringWriter())).isEqualTo(SweepAction.SOME_RUNS_FAILED);
        String after = Files.readAllLines(out.resolve(SweepJob.CSV)).get(1);
        assertThat(after).as("computed again, not reused").contains(",ok,");
        // the same up to the metrics; the times, executor, host, status and error follow them
        assertThat(metricsOf(after)).isEqualTo(metricsOf(before));
    }

    @Test
    void aSweepIntoAFolderInUseIsRefusedBeforeSparkRuns() throws IOException {
        Path grid = dir.resolve("grid.yaml");
        Files.writeString(grid, "method: alp\nseed: [1]\n");
        Path out = dir.resolve("busy");
        StringWriter err = new StringWriter();
        try (OutputLock lock = OutputLock.acquire(out, "another sweep")) {
            assertThat(sweep(grid, out, err)).isEqualTo(2);
        }
        assertThat(err.toString()).contains(out + " is in use by another foci process (pid "
                + ProcessHandle.current().pid()).doesNotContain("\tat ");
        assertThat(out.resolve(SweepJob.PLAN)).doesNotExist();
    }

    private static Map<Path, FileTime> resultTimes(Path out) throws IOException {
        Map<Path, FileTime> times = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(out.resolve("runs"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("result.json")).sorted().toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
