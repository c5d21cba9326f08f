package org.foci.sweep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.foci.experiments.config.ScalePreset;
import org.foci.experiments.config.ScalePresets;
import org.foci.experiments.wiring.PluginRegistry;
import org.foci.experiments.io.OutputLock;
import org.foci.experiments.run.RunStoppedException;
import org.foci.experiments.run.StopSignal;
import org.foci.sweep.grid.GridFile;
import org.foci.sweep.grid.SweepGrid;
import org.foci.sweep.grid.SweepPlan;
import org.foci.sweep.grid.SweepPlanner;
import org.foci.sweep.grid.SweepPoint;
import org.foci.sweep.report.SweepCharts;
import org.foci.sweep.report.SweepSummary;
import org.foci.sweep.run.ExperimentRuntime;
import org.foci.sweep.run.RunStatus;
import org.foci.sweep.run.SweepRow;
import org.foci.sweep.spark.SweepJob;
import org.foci.sweep.spark.SweepSessions;

/**
 * Does what {@code foci sweep} asks: reads and plans the grid (every problem of the file fails here,
 * before Spark starts), starts the session, runs the sweep, prints the summary.
 */
public final class SweepAction {

    private SweepAction() {
    }

    /** Exit status of a sweep that ran to its end but in which some runs failed (their rows say why). */
    public static final int SOME_RUNS_FAILED = 3;

    /**
     * @return the exit status: 0 when every run succeeded (or was reused), {@value #SOME_RUNS_FAILED} when the
     *         sweep ran to its end but some runs failed
     */
    public static int run(SweepRequest request, PrintWriter out, PrintWriter err) throws IOException {
        PluginRegistry registry = ExperimentRuntime.get().registry();
        ScalePreset preset = request.presetFile() != null ? ScalePresets.read(request.presetFile(), registry)
                : registry.preset(request.preset(), "--preset");
        SweepGrid grid = GridFile.read(request.grid());
        SweepPlan plan = new SweepPlanner(registry).plan(grid, preset, request.presetFile() != null);
        if (request.dryRun()) {
            out.printf("%s on preset %s: %d runs%n", request.grid(), preset.name(), plan.points().size());
            for (SweepPoint point : plan.points()) {
                out.printf("%4d  %-28s %s%n", point.index(), point.runId(), point.label());
            }
            out.flush();
            return 0;
        }
        String master = SweepSessions.master(request.master());
        SweepJob.SweepResult result;
        String ranOn;
        // The driver holds the output folder for the whole sweep; the executors write their runs' folders in it
        // without locks of their own.
        try (StopSignal.Watch watch = StopSignal.process().watch();
                OutputLock lock = OutputLock.acquire(request.out(), "foci sweep")) {
            // A session already running in this JVM (a notebook's, a test's) is joined and left running.
            boolean ownSession = SparkSession.getDefaultSession().isEmpty();
            SparkSession spark = SweepSessions.start(master, "foci sweep " + request.grid().getFileName(),
                    request.conf());
            ranOn = spark.sparkContext().master();
            try {
                result = new SweepJob(spark).run(plan, request.out());
            } catch (Exception e) {
                // Ctrl-C: Spark's own shutdown hook stops the context, and the job ends in a SparkException (which
                // Scala throws undeclared); the runs have kept their checkpoints.
                if (StopSignal.process().raised()) {
                    throw new RunStoppedException("interrupted; re-run the same command to resume",
                            StopSignal.process().exitStatus());
                }
                throw e;    // precisely rethrown: as it came
            } finally {
                if (ownSession) {
                    spark.stop();
                }
            }
        }
        SweepSummary summary = result.summary();
        out.println(summary.markdown());
        out.printf(Locale.ROOT, "wrote %s (%s, %s, %s, %s, %d charts in %s/) in %.0f s on %s%n", result.out(),
                SweepJob.PARQUET, SweepJob.CSV, SweepSummary.MARKDOWN, SweepSummary.CSV, result.charts().size(),
                SweepCharts.FOLDER, result.wallSeconds(), ranOn);
        out.flush();
        long failed = result.count(RunStatus.FAILED);
        if (failed > 0) {
            err.printf("foci sweep: %d of %d runs failed:%n", failed, result.rows().size());
            for (SweepRow row : result.rows()) {
                if (row.status() == RunStatus.FAILED) {
                    err.printf("  %s (%s): %s%n", row.point().runId(), row.point().label(), row.error());
                }
            }
            err.flush();
            return SOME_RUNS_FAILED;
        }
        return 0;
    }
}
