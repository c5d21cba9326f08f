package org.foci.experiments.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.foci.api.agent.Agent;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.io.Json;

/**
 * The files of one run ({@code <out>/runs/<method>/seed-<s>/}), written so that an interrupted run
 * resumes where its last checkpoint left it:
 * <ul>
 *   <li>{@code checkpoint-<episode>.bin}: the agent after that episode;</li>
 *   <li>{@code progress.json}: the last completed episode, its checkpoint's file and the curve so
 *       far; written after the checkpoint it names, so it never points to a missing file;</li>
 *   <li>{@code result.json}: the finished run; its presence means "done, do not redo";</li>
 *   <li>{@code agent.ckpt}: the final agent, for {@code foci evaluate --checkpoint}.</li>
 *   <li>{@code build.txt}: the {@link BuildFingerprint} of the code that wrote the files above; a
 *       run left by another build is started over, not reused or resumed.</li>
 * </ul>
 * Every file is written atomically.
 */
public final class RunStore {

    /** What {@code progress.json} holds. */
    public record Progress(int episode, String checkpoint, List<CurvePoint> curve, double elapsedSeconds) {
    }

    private static final String RESULT_FILE = "result.json";
    private static final String PROGRESS_FILE = "progress.json";
    private static final String AGENT_FILE = "agent.ckpt";
    private static final String BUILD_FILE = "build.txt";

    private final Path dir;

    /** A store in {@code dir} (created on first write). */
    public RunStore(Path dir) {
        this.dir = dir;
    }

    /** The run directory. */
    public Path dir() {
        return dir;
    }

    /** The fingerprint of the build that wrote this run's files, if recorded. */
    public Optional<String> build() throws IOException {
        Path file = dir.resolve(BUILD_FILE);
        return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    }

    /** Records the build that writes this run's files from now on. */
    public void writeBuild(String build) throws IOException {
        AtomicFiles.writeString(dir.resolve(BUILD_FILE), build + "\n");
    }

    /**
     * Whether the run's result or progress was written by another build than {@code build}
     * (including a run from before fingerprints were recorded).
     */
    public boolean heldByAnotherBuild(String build) throws IOException {
        boolean hasState = Files.exists(dir.resolve(RESULT_FILE)) || Files.exists(dir.resolve(PROGRESS_FILE));
        return hasState && !build().equals(Optional.of(build));
    }

    /** Deletes the result, the progress, the checkpoints and the final agent: the run starts over. */
    public void clear() throws IOException {
        dropCheckpoints();
        Files.deleteIfExists(dir.resolve(RESULT_FILE));
        Files.deleteIfExists(dir.resolve(AGENT_FILE));
        Files.deleteIfExists(dir.resolve(BUILD_FILE));
    }

    /** The finished result, if the run is done. */
    public Optional<RunResult> result() throws IOException {
        Path file = dir.resolve(RESULT_FILE);
        return Files.exists(file) ? Optional.of(Json.read(file, RunResult.class)) : Optional.empty();
    }

    /** Records the finished run. */
    public void writeResult(RunResult result) throws IOException {
        Json.write(dir.resolve(RESULT_FILE), result);
    }

    /** The last progress record, if a checkpoint was written. */
    public Optional<Progress> progress() throws IOException {
        Path file = dir.resolve(PROGRESS_FILE);
        return Files.exists(file) ? Optional.of(Json.read(file, Progress.class)) : Optional.empty();
    }

    /** Restores the agent from the checkpoint a progress record names. */
    public void restore(Agent agent, Progress progress) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(progress.checkpoint()))) {
            agent.readCheckpoint(in);
        }
    }

    /** Writes the agent's checkpoint after {@code episode}, then the progress record, then drops older checkpoints. */
    public void checkpoint(Agent agent, int episode, List<CurvePoint> curve, double elapsedSeconds) throws IOException {
        String name = String.format("checkpoint-%06d.bin", episode);
        AtomicFiles.write(dir.resolve(name), agent::writeCheckpoint);
        Json.write(dir.resolve(PROGRESS_FILE), new Progress(episode, name, curve, elapsedSeconds));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path old : files.filter(p -> p.getFileName().toString().matches("checkpoint-\\d+\\.bin")
                    && !p.getFileName().toString().equals(name)).toList()) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** Writes the final agent. */
    public void writeFinalAgent(Agent agent) throws IOException {
        AtomicFiles.write(dir.resolve(AGENT_FILE), agent::writeCheckpoint);
    }

    /** Drops resumable state once the result is written. */
    public void dropCheckpoints() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path old : files.filter(p -> p.getFileName().toString().matches("checkpoint-\\d+\\.bin")).toList()) {
                Files.deleteIfExists(old);
            }
        }
        Files.deleteIfExists(dir.resolve(PROGRESS_FILE));
    }
}
