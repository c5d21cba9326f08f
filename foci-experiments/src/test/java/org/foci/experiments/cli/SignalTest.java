package org.foci.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.foci.experiments.io.ChildJvm;
import org.foci.experiments.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real signals to a real {@code foci reproduce} process (docs/reliability.md): SIGTERM stops it at a
 * safe point with status 143 and the resume hint; SIGKILL (no hook runs) loses only the episodes since
 * the last checkpoint; the same command then finishes with a table1.csv byte-identical to an
 * uninterrupted run's.
 */
class SignalTest {

    @TempDir
    Path dir;

    private static final String[] JOB = {"reproduce", "--preset", "smoke", "--methods", "foci", "--jobs", "1",
        "--set", "train.episodes=40"};

    private static String[] job(Path out) {
        String[] args = java.util.Arrays.copyOf(JOB, JOB.length + 2);
        args[JOB.length] = "--out";
        args[JOB.length + 1] = out.toString();
        return args;
    }

    /** The last episode progress.json records, 0 before the first checkpoint. */
    private static int episode(Path out) {
        try {
            return Json.MAPPER.readTree(out.resolve("runs/foci/seed-1/progress.json").toFile()).get("episode").asInt();
        } catch (IOException | RuntimeException notYet) {
            return 0;
        }
    }

    private static void awaitEpisode(Process child, Path out, int episode, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (episode(out) < episode) {
            assertThat(child.isAlive()).as("the child ended early: %s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("no checkpoint in 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void sigtermStopsAtASafePointSigkillLosesNothingCheckpointedAndTheResumedTableIsIdentical() throws Exception {
        Path out = dir.resolve("out");

        Path termLog = dir.resolve("term.log");
        Process first = ChildJvm.start(FociCommand.class, termLog, job(out));
        try {
            awaitEpisode(first, out, 3, termLog);
            first.destroy();                                         // SIGTERM
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        String said = Files.readString(termLog);
        assertThat(first.exitValue()).as(said).isEqualTo(143);
        assertThat(said).contains("foci reproduce: interrupted; re-run the same command to resume")
                .doesNotContain("\tat ");
        int stoppedAt = episode(out);
        assertThat(stoppedAt).as("a checkpoint at the episode it stopped").isGreaterThanOrEqualTo(3);

        Path killLog = dir.resolve("kill.log");
        Process second = ChildJvm.start(FociCommand.class, killLog, job(out));
        try {
            awaitEpisode(second, out, stoppedAt + 2, killLog);
            second.destroyForcibly();                                // SIGKILL: no hook, no last checkpoint
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            second.destroyForcibly();
        }
        assertThat(second.exitValue()).isEqualTo(137);
        assertThat(Files.readString(killLog)).contains("resuming after episode " + stoppedAt);

        CliRun finished = CliRun.of(job(out));
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        CliRun uninterrupted = CliRun.of(job(dir.resolve("uninterrupted")));
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("table1.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("uninterrupted/table1.csv")));
    }
}
