package org.foci.experiments.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.foci.api.agent.Agent;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.io.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one run ({@code <out>/runs/<method>/seed-<s>/}), written so that an interrupted run
 * resumes where its last checkpoint left it:
 * <ul>
 *   <li>{@code checkpoint-<episode>.bin}: the agent after that episode and the progress so far, sealed
 *       by a CRC-32 ({@link CheckpointFile}); the newest two are kept, so that the previous one is still
 *       there while (and after) the next is written;</li>
 *   <li>{@code progress.json}: the last completed episode and its checkpoint's file, written after
 *       the checkpoint it names; for a person to read, and the first checkpoint tried on resume;</li>
 *   <li>{@code result.json}: the finished run with a CRC-32 of its content; its presence means
 *       "done, do not redo";</li>
 *   <li>{@code agent.ckpt}: the final agent, for {@code foci evaluate --checkpoint}.</li>
 *   <li>{@code build.txt}: the {@link BuildFingerprint} of the code that wrote the files above; a
 *       run left by another build is started over, not reused or resumed.</li>
 * </ul>
 * Every file is written atomically. A file that cannot be read (truncated, corrupt, another format) is
 * reported once as a WARN naming it and what is wrong, renamed to {@code <name>.corrupt} so that it is
 * not reported again, and the run carries on from what is intact: the previous checkpoint, or the
 * start. Nothing here ever stops a job because of a damaged file.
 */
public final class RunStore {

    /**
     * What {@code progress.json} and each checkpoint's record hold; {@code elapsed} is where the time
     * went up to the checkpoint, so that a resumed run reports its whole time, not its last invocation's.
     */
    public record Progress(int episode, String checkpoint, List<CurvePoint> curve, RunTimes elapsed) {
    }

    /** A checkpoint restored into an agent: where the run resumes. */
    public record Resumed(Progress progress, Path file) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);

    private static final String RESULT_FILE = "result.json";
    private static final String PROGRESS_FILE = "progress.json";
    private static final String AGENT_FILE = "agent.ckpt";
    private static final String BUILD_FILE = "build.txt";
    /** The field of result.json holding the CRC-32 of the rest (as serialized). */
    static final String RESULT_CRC = "crc32";
    private static final Pattern CHECKPOINT = Pattern.compile("checkpoint-(\\d+)\\.bin");
    /** Checkpoints kept: the newest and the one before it. */
    private static final int KEPT = 2;

    private final Path dir;

    /** A store in {@code dir} (created on first write). */
    public RunStore(Path dir) {
        this.dir = dir;
    }

    /** The run directory. */
    public Path dir() {
        return dir;
    }

    /** The fingerprint of the build that wrote this run's files, if recorded and readable. */
    public Optional<String> build() throws IOException {
        Path file = dir.resolve(BUILD_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file).strip());
        } catch (IOException e) {
            damaged(file, "cannot be read (" + e.getMessage() + ")", "the run is started over");
            return Optional.empty();
        }
    }

    /** Records the build that writes this run's files from now on. */
    public void writeBuild(String build) throws IOException {
        AtomicFiles.writeString(dir.resolve(BUILD_FILE), build + "\n");
    }

    /**
     * Whether the run's result or progress was written by another build than {@code build}
     * (including a run from before fingerprints were recorded, and an unreadable {@code build.txt}).
     */
    public boolean heldByAnotherBuild(String build) throws IOException {
        boolean hasState = Files.exists(dir.resolve(RESULT_FILE)) || Files.exists(dir.resolve(PROGRESS_FILE))
                || !checkpoints().isEmpty();
        return hasState && !build().equals(Optional.of(build));
    }

    /** Deletes the result, the progress, the checkpoints and the final agent: the run starts over. */
    public void clear() throws IOException {
        dropCheckpoints();
        Files.deleteIfExists(dir.resolve(RESULT_FILE));
        Files.deleteIfExists(dir.resolve(AGENT_FILE));
        Files.deleteIfExists(dir.resolve(BUILD_FILE));
    }

    /**
     * The finished result, if the run is done and its {@code result.json} is intact. A damaged one is
     * reported, set aside, and the run counts as not done.
     */
    public Optional<RunResult> result() throws IOException {
        Path file = dir.resolve(RESULT_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(readResult(file));
        } catch (IOException e) {
            damaged(file, e.getMessage(), "this run is recomputed");
            return Optional.empty();
        }
    }

    private static RunResult readResult(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(describe(e));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IOException("not a run result (no JSON object)");
        }
        JsonNode stored = object.remove(RESULT_CRC);
        if (stored == null || !stored.canConvertToLong()) {
            throw new IOException("has no " + RESULT_CRC + " (not written by this version of foci)");
        }
        long computed = crc(Json.MAPPER.writeValueAsBytes(object));
        if (stored.asLong() != computed) {
            throw new IOException("corrupt: CRC-32 " + Long.toHexString(stored.asLong()) + " stored, "
                    + Long.toHexString(computed) + " computed");
        }
        RunResult result;
        try {
            result = Json.MAPPER.treeToValue(object, RunResult.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("not a run result: " + e.getMessage());
        }
        if (result.method() == null || result.evaluation() == null || result.times() == null) {
            throw new IOException("not a run result (method, evaluation or times missing)");
        }
        return result;
    }

    /** Records the finished run, with the CRC-32 of its content. */
    public void writeResult(RunResult result) throws IOException {
        ObjectNode tree = Json.MAPPER.valueToTree(result);
        // The CRC covers the bytes as they are serialized, so that reading them back and serializing the
        // tree again gives the same bytes exactly (doubles round-trip, NaN stays "NaN").
        tree = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(tree));
        tree.put(RESULT_CRC, crc(Json.MAPPER.writeValueAsBytes(tree)));
        Json.write(dir.resolve(RESULT_FILE), tree);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The record {@code progress.json} holds, if there is one (as it is: for reports and tests). */
    public Optional<Progress> progress() throws IOException {
        Path file = dir.resolve(PROGRESS_FILE);
        return Files.exists(file) ? Optional.of(Json.read(file, Progress.class)) : Optional.empty();
    }

    /**
     * Restores {@code agent} from the newest intact checkpoint: the one {@code progress.json} names, else
     * the others from newest to oldest. Damaged files on the way are reported and set aside.
     *
     * @return where the run resumes; empty when no checkpoint is intact (the run starts from episode 1,
     *         and {@code agent} is untouched)
     * @throws IOException only when an intact checkpoint cannot be restored into {@code agent}, which may
     *                     then be half-restored: the caller starts over with a new agent
     */
    public Optional<Resumed> resume(Agent agent) throws IOException {
        removeTemporaries();
        for (Path file : candidates()) {
            Progress progress;
            try {
                progress = CheckpointFile.verify(file);
            } catch (IOException e) {
                damaged(file, e.getMessage(), "trying an older checkpoint");
                continue;
            }
            CheckpointFile.restore(file, agent);
            return Optional.of(new Resumed(progress, file));
        }
        return Optional.empty();
    }

    /** The checkpoint files to try, best first. */
    private List<Path> candidates() throws IOException {
        Set<Path> ordered = new LinkedHashSet<>();
        Path progressFile = dir.resolve(PROGRESS_FILE);
        if (Files.exists(progressFile)) {
            try {
                Progress progress = Json.read(progressFile, Progress.class);
                if (progress.checkpoint() == null || !CHECKPOINT.matcher(progress.checkpoint()).matches()) {
                    throw new IOException("names no checkpoint file");
                }
                ordered.add(dir.resolve(progress.checkpoint()));
            } catch (IOException e) {
                damaged(progressFile, describe(e), "looking for checkpoints by their names");
            }
        }
        ordered.addAll(checkpoints());
        List<Path> existing = new ArrayList<>();
        for (Path file : ordered) {
            if (Files.isRegularFile(file)) {
                existing.add(file);
            }
        }
        return existing;
    }

    /** The checkpoint files, newest first. */
    private List<Path> checkpoints() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> CHECKPOINT.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(RunStore::episodeOf).reversed()).toList();
        }
    }

    private static long episodeOf(Path checkpoint) {
        Matcher matcher = CHECKPOINT.matcher(checkpoint.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /**
     * Writes the agent's checkpoint after {@code episode} (with the progress record inside), then
     * {@code progress.json}, then drops all but the newest {@value #KEPT} checkpoints.
     */
    public void checkpoint(Agent agent, int episode, List<CurvePoint> curve, RunTimes elapsed) throws IOException {
        String name = String.format("checkpoint-%06d.bin", episode);
        Progress progress = new Progress(episode, name, curve, elapsed);
        CheckpointFile.write(dir.resolve(name), progress, agent);
        Json.write(dir.resolve(PROGRESS_FILE), progress);
        List<Path> all = checkpoints();
        for (Path old : all.subList(Math.min(KEPT, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** Writes the final agent. */
    public void writeFinalAgent(Agent agent) throws IOException {
        AtomicFiles.write(dir.resolve(AGENT_FILE), agent::writeCheckpoint);
    }

    /** Drops resumable state (and damaged files set aside) once the result is written. */
    public void dropCheckpoints() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        removeTemporaries();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path old : files.filter(p -> CHECKPOINT.matcher(p.getFileName().toString()).matches()
                    || p.getFileName().toString().endsWith(".corrupt")).toList()) {
                Files.deleteIfExists(old);
            }
        }
        Files.deleteIfExists(dir.resolve(PROGRESS_FILE));
    }

    /**
     * Deletes temporary files a killed process left behind ({@code .<name>…tmp}, see {@link AtomicFiles}):
     * never renamed into place, so never read, but not to pile up. Safe: one process writes a folder.
     */
    private void removeTemporaries() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path temp : files.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** One WARN for a damaged file, which is renamed so that it is neither read nor reported again. */
    private static void damaged(Path file, String problem, String consequence) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
        String where;
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            where = "; kept as " + aside.getFileName();
        } catch (IOException e) {
            where = "";
        }
        LOG.warn("{}: {}; {}{}", file, problem, consequence, where);
    }

    /** One short clause: Jackson's messages run on with the parser's state. */
    private static String describe(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            String message = String.valueOf(json.getOriginalMessage());
            int cut = message.indexOf(" (");
            message = (cut > 0 ? message.substring(0, cut) : message).replace('\n', ' ');
            String where = json.getLocation() == null || json.getLocation().getLineNr() < 1 ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
            return "not valid JSON" + where + " (truncated or corrupt): " + message;
        }
        return e.getMessage();
    }
}
