package org.foci.experiments.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.foci.experiments.cli.CliRun;
import org.foci.experiments.cli.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output folder: within one JVM, across processes, and never a stale lock after a crash. */
class OutputLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondCommandOfTheSameProcessIsRefusedUntilTheFirstReleases() throws IOException {
        Path out = dir.resolve("out");
        try (OutputLock first = OutputLock.acquire(out, "first")) {
            assertThatThrownBy(() -> OutputLock.acquire(out, "second")).isInstanceOf(UserException.class)
                    .hasMessageMatching(".*out is in use by another foci process \\(pid "
                            + ProcessHandle.current().pid() + " since \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z\\).*");
            // the same folder under another name is the same folder
            assertThatThrownBy(() -> OutputLock.acquire(dir.resolve("out/../out"), "third"))
                    .hasMessageContaining("is in use");
            assertThat(Files.readString(out.resolve(OutputLock.FILE)))
                    .contains("pid " + ProcessHandle.current().pid()).contains("command first");
        }
        OutputLock.acquire(out, "again").close();
    }

    @Test
    void anotherProcessHoldingTheFolderIsNamedAndAKilledHolderLeavesNoStaleLock() throws Exception {
        Path out = dir.resolve("shared");
        Path log = dir.resolve("holder.log");
        Process holder = ChildJvm.start(LockHolder.class, log, out.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(Files.exists(log) && Files.readString(log).contains("locked"))) {
                assertThat(holder.isAlive()).as(Files.exists(log) ? Files.readString(log) : "no output").isTrue();
                assertThat(System.nanoTime()).as("the holder did not start in 30 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThatThrownBy(() -> OutputLock.acquire(out, "this test")).isInstanceOf(UserException.class)
                    .hasMessageContaining(out + " is in use by another foci process (pid " + holder.pid() + " since ");
            CliRun refused = CliRun.of("reproduce", "--preset", "smoke", "--methods", "alp", "--out", out.toString());
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("is in use by another foci process (pid " + holder.pid())
                    .doesNotContain("\tat ");
            assertThat(out.resolve("config.json")).as("nothing written").doesNotExist();

            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);      // kill -9: no chance to unlock
            OutputLock.acquire(out, "after the crash").close();
        } finally {
            holder.destroyForcibly();
        }
    }
}
