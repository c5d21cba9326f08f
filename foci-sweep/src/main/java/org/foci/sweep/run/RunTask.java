package org.foci.sweep.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serial;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.Function;
import org.foci.api.ConfigurationException;
import org.foci.api.Settings;
import org.foci.experiments.cli.UserException;
import org.foci.experiments.config.ConfigCheck;
import org.foci.experiments.config.ExperimentConfig;
import org.foci.experiments.config.Method;
import org.foci.experiments.config.ResolvedSettings;
import org.foci.experiments.config.ScalePreset;
import org.foci.sweep.grid.Axis;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.io.Json;
import org.foci.experiments.run.BuildFingerprint;
import org.foci.experiments.run.RunProgress;
import org.foci.experiments.run.RunResult;
import org.foci.experiments.run.RunStoppedException;
import org.foci.experiments.run.RunStore;
import org.foci.experiments.run.StopSignal;
import org.foci.sweep.grid.SweepPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Spark task: trains and evaluates one run of a sweep in the executor, with the same code as
 * {@code foci train} ({@link org.foci.experiments.run.TrainingRun}), and returns its row.
 *
 * <p>The run's files go to {@code <out>/runs/<runId>/}: {@code run.json} (the point and every effective
 * setting), the {@link RunStore} files ({@code result.json}, checkpoints, {@code agent.ckpt}) and, when it
 * failed, {@code error.txt} with the stack trace. A run whose {@code result.json} exists is not redone;
 * an interrupted one resumes from its last checkpoint. {@code <out>} must be a folder every executor
 * sees at the same path.
 *
 * <p>Never throws for a failed run: its configuration is checked here, with {@link ConfigCheck}, and
 * any failure becomes a {@link RunStatus#FAILED} row with the reason, so one bad grid point does not
 * stop the sweep. Only errors of the JVM itself ({@link VirtualMachineError}) and interruption (Spark
 * cancelling the task) escape.
 */
public final class RunTask implements Function<SweepPoint, SweepRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(RunTask.class);

    /** The file of a run's point and resolved settings. */
    public static final String RUN_FILE = "run.json";
    /** The file of a failed run's stack trace. */
    public static final String ERROR_FILE = "error.txt";

    private final String runsDir;

    /** @param runsDir the folder of run folders, absolute, the same path on every executor */
    public RunTask(Path runsDir) {
        this.runsDir = Objects.requireNonNull(runsDir, "runsDir").toAbsolutePath().toString();
    }

    /** What {@code run.json} holds. */
    public record RunFile(String runId, String preset, String method, long seed, Map<String, String> settings,
                          Map<String, String> resolved) {
    }

    /** Runs one point; see the class comment. */
    @Override
    public SweepRow call(SweepPoint point) throws InterruptedException {
        long started = System.nanoTime();
        Path dir = Path.of(runsDir).resolve(point.runId());
        String executor = executorId();
        String host = "unknown";
        try {
            ExperimentRuntime runtime = ExperimentRuntime.get();
            host = runtime.host();
            RunStore store = new RunStore(dir);
            Optional<RunResult> finished = store.result();
            if (finished.isPresent() && !store.heldByAnotherBuild(BuildFingerprint.current())) {
                // Finished by an earlier sweep of this build: its id covers preset, method, seed and settings,
                // and it passed the configuration check then. Read, not recomputed, and no plug-ins wired for
                // it. A run of another build is started over by the training run below.
                Files.deleteIfExists(dir.resolve(ERROR_FILE));
                return SweepRow.succeeded(point, true, finished.get().evaluation(),
                        finished.get().times().wallSeconds(), seconds(started), executor, host);
            }
            ScalePreset preset = point.scalePreset(runtime.registry());
            Method method = runtime.registry().method(point.method(), Axis.METHOD);
            ExperimentConfig config = runtime.config(preset, method, Settings.of(point.settings()));
            ConfigCheck.require(List.of(config), runtime.registry());

            Json.write(dir.resolve(RUN_FILE), new RunFile(point.runId(), point.preset(), point.method(),
                    point.seed(), point.settings(), ResolvedSettings.of(config, runtime.registry())));
            LOG.info("run {} ({}) starts on executor {}", point.runId(), point.label(), executor);
            // In local mode the tasks run in the driver, whose Ctrl-C raises the process's stop signal: the run
            // then ends its episode, keeps a checkpoint and stops (an executor of a cluster never raises it).
            RunResult result = runtime.trainingRun().run(config, point.seed(), store, RunProgress.NONE,
                    StopSignal.process());
            Files.deleteIfExists(dir.resolve(ERROR_FILE));
            return SweepRow.succeeded(point, false, result.evaluation(), result.times().wallSeconds(),
                    seconds(started), executor, host);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            if (isInterruption(e)) {
                Thread.currentThread().interrupt();
                throw new InterruptedException("run " + point.runId() + " cancelled");
            }
            String reason = reason(e);
            LOG.warn("run {} ({}) failed: {}", point.runId(), point.label(), reason);
            writeError(dir, point, e);
            return SweepRow.failed(point, reason, seconds(started), executor, host);
        }
    }

    /**
     * One line saying why a run failed: a configuration problem or user mistake as its message (it names the
     * key and value), anything else as its type and message, with its root cause.
     */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigurationException || t instanceof UserException) {
                return oneLine(t.getMessage());
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describe(e) + (root == e ? "" : " (cause: " + describe(root) + ")");
        return oneLine(text);
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** A multi-line message (several configuration problems, one per line) as one line: items joined by "; ". */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder();
        for (String part : text.split("\\R")) {
            String item = part.strip();
            item = item.startsWith("- ") ? item.substring(2) : item;
            if (item.isEmpty()) {
                continue;
            }
            if (!line.isEmpty()) {
                line.append(line.charAt(line.length() - 1) == ':' ? " " : "; ");
            }
            line.append(item);
        }
        return line.toString();
    }

    private static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.nio.channels.ClosedByInterruptException
                    || t instanceof RunStoppedException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private static void writeError(Path dir, SweepPoint point, Throwable e) {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.println("run " + point.runId() + ": " + point.label());
            e.printStackTrace(out);
        }
        try {
            AtomicFiles.writeString(dir.resolve(ERROR_FILE), trace.toString());
        } catch (IOException io) {
            LOG.warn("cannot write {}: {}", dir.resolve(ERROR_FILE), io.toString());
        }
    }

    /** The Spark executor's id ({@code driver} in local mode), or {@code none} outside Spark. */
    private static String executorId() {
        SparkEnv env = SparkEnv.get();
        return env == null ? "none" : env.executorId();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
