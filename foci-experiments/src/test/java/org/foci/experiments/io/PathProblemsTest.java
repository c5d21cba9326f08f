package org.foci.experiments.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.foci.experiments.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths a command cannot use: one line naming the path and the cause, exit 2, no stack trace (but with
 * {@code --debug}), and nothing half-written left behind.
 */
class PathProblemsTest {

    @TempDir
    Path dir;

    private static void assertOneCleanLine(CliRun run, String command, String expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("foci " + command + ": " + expected).doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void anOutputFolderThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertOneCleanLine(CliRun.of("reproduce", "--preset", "smoke", "--methods", "alp", "--out", file.toString()),
                "reproduce", file + ": exists and is a file, not a folder");
        assertOneCleanLine(CliRun.of("train", "--method", "alp", "--preset", "smoke", "--out", file.toString()),
                "train", file + ": exists and is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aFileWhereAParentFolderShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path out = file.resolve("sub/out");
        CliRun run = CliRun.of("reproduce", "--preset", "smoke", "--methods", "alp", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("foci reproduce: " + file).contains("a file is in the way where a folder "
                + "is expected").doesNotContain("\tat ");
        Path output = file.resolve("evaluation.json");
        assertThat(CliRun.of("oracle", "--allocator", "equal-share", "--input",
                "../examples/oracle-instances.json", "--output", output.toString()).err())
                .contains(file.toString()).doesNotContain("\tat ");
    }

    @Test
    void missingParentsOfAnOutputFolderAreCreated() {
        Path out = dir.resolve("a/b/c");
        CliRun run = CliRun.of("train", "--method", "alp", "--preset", "smoke", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("table1.csv")).isRegularFile();
    }

    @Test
    void missingOrWrongInputFilesAreNamed() throws IOException {
        assertOneCleanLine(CliRun.of("reproduce", "--config", dir.resolve("nope/config.json").toString()),
                "reproduce", dir.resolve("nope/config.json") + ": no such settings file");
        assertOneCleanLine(CliRun.of("reproduce", "--config", dir.toString()), "reproduce", dir.toString());
    }

    @Test
    void withDebugTheStackTraceIsAdded() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun run = CliRun.of("reproduce", "--debug", "--preset", "smoke", "--methods", "alp", "--out",
                file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ": exists and is a file, not a folder").contains("\tat ");
    }

    @Test
    void aFolderWithoutWritePermissionIsNamed() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (as in some containers) may write anyway: then there is nothing to check
            assumeFalse(Files.isWritable(locked), "running as root: permissions do not stop this process");
            assertOneCleanLine(CliRun.of("train", "--method", "alp", "--preset", "smoke", "--out",
                    locked.resolve("out").toString()), "train", locked.resolve("out") + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskWhileWritingNamesTheTargetAndLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("table1.csv");
        AtomicFiles.writeString(target, "old\n");
        // ENOSPC reaches Java as a bare IOException from the stream, without a path
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            try (OutputStream named = AtomicFiles.naming(full, target)) {
                named.write('x');
            }
        })).isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(PathProblems.describe((FileSystemException) e))
                        .isEqualTo(target.toAbsolutePath() + ": no space left on device (the disk is full)"));
        assertThat(Files.readString(target)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        // the writer's own problems pass through untouched
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IOException("a bug");
        })).isExactlyInstanceOf(IOException.class).hasMessage("a bug");
    }
}
