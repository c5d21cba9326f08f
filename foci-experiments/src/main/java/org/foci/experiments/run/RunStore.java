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
 * </ul>
 * Every file is written atomically.
 */
public final class RunStore {

    /** What {@code progress.json} holds. */
    public record Progress(int episode, String checkpoint, List<CurvePoint> curve, double elapsedSeconds) {
    }

    private final Path dir;

    /** A store in {@code dir} (created on first write). */
    public RunStore(Path dir) {
        this.dir = dir;
    }

    /** The run directory. */
    public Path dir() {
        return dir;
    }

    /** The finished result, if the run is done. */
    public Optional<RunResult> result() throws IOException {
        Path file = dir.resolve("result.json");
        return Files.exists(file) ? Optional.of(Json.read(file, RunResult.class)) : Optional.empty();
    }

    /** Records the finished run. */
    public void writeResult(RunResult result) throws IOException {
        Json.write(dir.resolve("result.json"), result);
    }

    /** The last progress record, if a checkpoint was written. */
    public Optional<Progress> progress() throws IOException {
        Path file = dir.resolve("progress.json");
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
        Json.write(dir.resolve("progress.json"), new Progress(episode, name, curve, elapsedSeconds));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path old : files.filter(p -> p.getFileName().toString().matches("checkpoint-\\d+\\.bin")
                    && !p.getFileName().toString().equals(name)).toList()) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** Writes the final agent. */
    public void writeFinalAgent(Agent agent) throws IOException {
        AtomicFiles.write(dir.resolve("agent.ckpt"), agent::writeCheckpoint);
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
        Files.deleteIfExists(dir.resolve("progress.json"));
    }
}
