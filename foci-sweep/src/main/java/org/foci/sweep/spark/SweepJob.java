package org.foci.sweep.spark;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.wiring.PluginRegistry;
import org.foci.sweep.run.ExperimentRuntime;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.io.Json;
import org.foci.sweep.grid.SweepPlan;
import org.foci.sweep.grid.SweepPoint;
import org.foci.sweep.report.SweepCharts;
import org.foci.sweep.report.SweepSummary;
import org.foci.sweep.report.SweepTable;
import org.foci.sweep.run.RunStatus;
import org.foci.sweep.run.RunTask;
import org.foci.sweep.run.SweepRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a planned sweep on a Spark session: one task per run ({@link RunTask}), then, on the driver,
 * the results into the output folder:
 * <ul>
 *   <li>{@code sweep-plan.json}: the runs and their settings, written first;</li>
 *   <li>{@code runs/<runId>/}: each run's files, written by the executor that ran it;</li>
 *   <li>{@code sweep.parquet} and {@code sweep.csv}: one row per run ({@link SweepTable});</li>
 *   <li>{@code sweep-summary.md|csv}: the aggregation over seeds ({@link SweepSummary});</li>
 *   <li>{@code figures/<metric>-vs-<key>.png} ({@link SweepCharts}).</li>
 * </ul>
 * Every file is replaced atomically; {@code sweep.parquet} is written by Spark into a temporary folder
 * and renamed into place. Runs finished by an earlier sweep into the same folder are reused, not
 * recomputed (their run ids are stable), so a re-run after an interruption, or a grid extended with more
 * seeds, only computes what is missing.
 *
 * <p>Each run's task is its own partition, so Spark balances runs over executor cores; the runs that
 * train longest are submitted first, so that short ones fill the gaps at the end.
 */
public final class SweepJob {

    /** The plan's file name. */
    public static final String PLAN = "sweep-plan.json";
    /** The rows as Parquet (a folder, as Spark writes it). */
    public static final String PARQUET = "sweep.parquet";
    /** The rows as CSV. */
    public static final String CSV = "sweep.csv";
    /** The runs' folder. */
    public static final String RUNS = "runs";

    private static final Logger LOG = LoggerFactory.getLogger(SweepJob.class);

    private final SparkSession spark;

    /** @param spark the session the runs are scheduled on */
    public SweepJob(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * Runs every point of the plan (reusing finished ones) and writes the results into {@code out}.
     *
     * @return the rows in plan order, the charts written and the wall time
     */
    public SweepResult run(SweepPlan plan, Path out) throws IOException {
        long started = System.nanoTime();
        Path folder = out.toAbsolutePath();
        Files.createDirectories(folder.resolve(RUNS));
        Json.write(folder.resolve(PLAN), PlanFile.of(plan));

        List<SweepRow> rows = new ArrayList<>(execute(plan, folder.resolve(RUNS)));
        rows.sort(Comparator.comparingInt(r -> r.point().index()));

        SweepTable table = new SweepTable(plan);
        AtomicFiles.writeString(folder.resolve(CSV), table.csv(rows));
        writeParquet(table, rows, folder.resolve(PARQUET));
        SweepSummary summary = SweepSummary.of(plan, rows);
        summary.write(folder);
        List<Path> charts = SweepCharts.write(summary, folder);
        return new SweepResult(folder, summary, charts, (System.nanoTime() - started) / 1e9);
    }

    private List<SweepRow> execute(SweepPlan plan, Path runs) {
        List<SweepPoint> order = new ArrayList<>(plan.points());
        order.sort(Comparator.comparingInt(SweepJob::trainingEpisodes).reversed()
                .thenComparingInt(SweepPoint::index));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        context.setJobGroup("foci-sweep", "foci sweep " + plan.gridFile().getFileName() + ": " + order.size()
                + " runs", true);
        ProgressListener progress = new ProgressListener(order.size());
        spark.sparkContext().addSparkListener(progress);
        try {
            // One partition per run: one task each, scheduled on whichever executor core is free.
            return context.parallelize(order, order.size()).map(new RunTask(runs)).collect();
        } finally {
            spark.sparkContext().removeSparkListener(progress);
            context.clearJobGroup();
        }
    }

    /** The training length a run's configuration asks for (0 when it does not parse: the run will say why). */
    private static int trainingEpisodes(SweepPoint point) {
        try {
            PluginRegistry registry = ExperimentRuntime.get().registry();
            return new ExperimentConfig(registry.method(point.method(), "method"),
                    point.scalePreset(registry), Settings.of(point.settings())).train().episodes();
        } catch (ConfigurationException | java.util.NoSuchElementException e) {
            return 0;
        }
    }

    /** Spark writes into a temporary folder beside the target, which then replaces the old one. */
    private void writeParquet(SweepTable table, List<SweepRow> rows, Path target) throws IOException {
        List<StructField> fields = new ArrayList<>();
        for (SweepTable.Column column : table.columns()) {
            fields.add(DataTypes.createStructField(column.name(), sparkType(column.kind()), true));
        }
        StructType schema = DataTypes.createStructType(fields);
        List<Row> sparkRows = rows.stream().map(row -> RowFactory.create(table.values(row).toArray())).toList();
        String unique = UUID.randomUUID().toString();
        Path temp = target.resolveSibling("." + target.getFileName() + "-" + unique + ".tmp");
        spark.createDataFrame(sparkRows, schema).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .parquet(temp.toUri().toString());
        Path old = target.resolveSibling("." + target.getFileName() + "-" + unique + ".old");
        if (Files.exists(target)) {
            Files.move(target, old);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
        deleteTree(old);
    }

    private static DataType sparkType(SweepTable.Kind kind) {
        return switch (kind) {
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case TEXT -> DataTypes.StringType;
        };
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * What {@code sweep-plan.json} holds: the preset, the grid file and every run with its id and settings.
     *
     * @param preset the scale preset
     * @param grid   the grid file's path
     * @param runs   the runs, in order
     */
    record PlanFile(String preset, String grid, List<PlanRun> runs) {
        static PlanFile of(SweepPlan plan) {
            return new PlanFile(plan.preset(), plan.gridFile().toString(), plan.points().stream()
                    .map(p -> new PlanRun(p.index(), p.runId(), p.method(), p.seed(), p.settings())).toList());
        }
    }

    /** One run of {@code sweep-plan.json}. */
    record PlanRun(int index, String runId, String method, long seed, Map<String, String> settings) {
    }

    /** Logs each finished task: {@code 3/12 runs done}. Called on Spark's listener thread. */
    private static final class ProgressListener extends SparkListener {
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        ProgressListener(int total) {
            this.total = total;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            LOG.info("{}/{} runs done", done.incrementAndGet(), total);
        }
    }

    /**
     * A finished sweep.
     *
     * @param out         the output folder, absolute
     * @param summary     the rows and their aggregation
     * @param charts      the charts written
     * @param wallSeconds the sweep's wall time, Spark's scheduling and the result files included
     */
    public record SweepResult(Path out, SweepSummary summary, List<Path> charts, double wallSeconds) {

        /** The rows, in plan order. */
        public List<SweepRow> rows() {
            return summary.rows();
        }

        /** The number of rows with a status. */
        public long count(RunStatus status) {
            return summary.count(status);
        }
    }
}
