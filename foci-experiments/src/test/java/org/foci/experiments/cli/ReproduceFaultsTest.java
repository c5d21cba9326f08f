package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.foci.experiments.config.ExperimentModule;
import org.foci.experiments.job.JobSpec;
import org.foci.experiments.job.ReproduceJob;
import org.foci.experiments.run.CapturedWarnings;
import org.foci.experiments.run.CurvePoint;
import org.foci.experiments.run.RunProgress;
import org.foci.experiments.run.RunStoppedException;
import org.foci.experiments.run.StopSignal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Nothing lost", end to end (docs/reliability.md): a job stopped mid-way or a folder with a damaged
 * file, then the same command again; the final table1.csv must equal an undisturbed run's byte for byte,
 * with one WARN per damaged file and only the damaged run recomputed.
 */
class ReproduceFaultsTest {

    private static final String METHODS = "alp,foci";
    private static final String EPISODES = "6";

    @TempDir
    static Path dir;

    private static byte[] referenceTable;

    private static CliRun reproduce(Path out) {
        return CliRun.of("reproduce", "--preset", "smoke", "--methods", METHODS, "--set", "train.episodes=" + EPISODES,
                "--out", out.toString());
    }

    @BeforeAll
    static void undisturbed() throws IOException {
        CliRun run = reproduce(dir.resolve("reference"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        referenceTable = Files.readAllBytes(dir.resolve("reference/table1.csv"));
    }

    /** Re-runs the command into {@code out}: exit 0, table1.csv byte-identical; returns the WARN lines. */
    private static List<String> resumeAndCompare(Path out) throws IOException {
        try (CapturedWarnings warnings = new CapturedWarnings()) {
            CliRun run = reproduce(out);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readAllBytes(out.resolve("table1.csv"))).as("table1.csv").isEqualTo(referenceTable);
            return warnings.warnings();
        }
    }

    /** The job, stopped at a safe point after FOCI's training episode 3 (as Ctrl-C would). */
    private static Path stoppedJob(String name) throws Exception {
        Path out = dir.resolve(name);
        ReproduceJob job = Guice.createInjector(new ExperimentModule()).getInstance(ReproduceJob.class);
        JobSpec spec = new JobSpec("smoke", List.of(METHODS.split(",")), 1, 1,
                new TreeMap<>(java.util.Map.of("train.episodes", EPISODES)));
        StopSignal stop = StopSignal.never();
        Function<String, RunProgress> progress = label -> new RunProgress() {
            @Override
            public void trainingEpisode(CurvePoint point) {
                if (point.episode() == 3) {
                    stop.raise(StopSignal.SIGINT);
                }
            }
        };
        assertThatThrownBy(() -> job.run(spec, out, 1, progress, stop)).isInstanceOf(RunStoppedException.class);
        return out.resolve("runs/foci/seed-1");
    }

    private static void cut(Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"newest checkpoint cut", "newest checkpoint flipped", "progress.json cut",
        "both checkpoints cut"})
    void aStoppedJobResumesToTheSameTable(String damage) throws Exception {
        Path run = stoppedJob("stopped-" + damage.replace(' ', '-'));
        Path newest = run.resolve("checkpoint-000003.bin");
        assertThat(newest).isRegularFile();
        int expectedWarnings = 1;
        switch (damage) {
            case "newest checkpoint cut" -> cut(newest, 0.5);
            case "newest checkpoint flipped" -> {
                byte[] bytes = Files.readAllBytes(newest);
                bytes[bytes.length / 3] ^= 1;
                Files.write(newest, bytes);
            }
            case "progress.json cut" -> cut(run.resolve("progress.json"), 0.7);
            case "both checkpoints cut" -> {
                cut(newest, 0.9);
                cut(run.resolve("checkpoint-000002.bin"), 0.1);
                expectedWarnings = 2;
            }
            default -> expectedWarnings = 0;
        }
        assertThat(resumeAndCompare(run.getParent().getParent().getParent())).hasSize(expectedWarnings);
    }

    @Test
    void aDamagedResultIsRecomputedAloneAndADamagedConfigRecomputesTheFolder() throws IOException {
        Path out = dir.resolve("finished");
        assertThat(reproduce(out).exitCode()).isZero();
        Path alpResult = out.resolve("runs/alp/seed-1/result.json");
        long alpWritten = Files.getLastModifiedTime(alpResult).toMillis();

        cut(out.resolve("runs/foci/seed-1/result.json"), 0.5);
        assertThat(resumeAndCompare(out)).singleElement().asString().contains("runs/foci/seed-1/result.json");
        assertThat(Files.getLastModifiedTime(alpResult).toMillis()).as("ALP reused").isEqualTo(alpWritten);

        Files.writeString(out.resolve("runs/alp/seed-1/build.txt"), "\u0000garbage");
        assertThat(resumeAndCompare(out)).singleElement().asString().contains("another build");

        cut(out.resolve("config.json"), 0.3);
        assertThat(resumeAndCompare(out)).singleElement().asString().contains("config.json")
                .contains("runs.unverified");
        assertThat(out.resolve("runs.unverified/foci/seed-1/result.json")).isRegularFile();
    }

    @Test
    void aStopRequestEndsTheCommandWithTheSignalsStatusAndTheSameCommandFinishesTheJob() throws IOException {
        Path out = dir.resolve("signalled");
        StopSignal.process().raise(StopSignal.SIGTERM);
        CliRun stopped;
        try {
            stopped = reproduce(out);
        } finally {
            StopSignal.process().clear();
        }
        assertThat(stopped.exitCode()).isEqualTo(143);
        assertThat(stopped.err()).contains("foci reproduce: interrupted; re-run the same command to resume")
                .doesNotContain("\tat ");
        assertThat(resumeAndCompare(out)).isEmpty();
        try (Stream<Path> files = Files.walk(out.resolve("runs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".corrupt")
                    || n.startsWith("checkpoint-") || n.endsWith(".tmp"));
        }
    }
}
