package org.foci.experiments.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.foci.experiments.cli.UserException;

/**
 * One writer per output folder: an OS file lock on {@code <folder>/.lock}, held while a command writes
 * there. The operating system releases it when the process ends, however it ends (a crash or
 * {@code kill -9} included), so a lock is never stale. The file holds the holder's pid and start time,
 * only to tell a second process who has the folder; it stays behind, unlocked, after the holder ends
 * (deleting it would let two processes lock two different files of one name).
 *
 * <p>Spark executors writing their own run folders take no lock: the sweep's driver holds the
 * folder's lock for all of them.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name in the folder. */
    public static final String FILE = ".lock";

    /** The folders (real paths) this JVM holds, to their holder's description. */
    private static final java.util.concurrent.ConcurrentMap<Path, String> HELD =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path key;

    private OutputLock(Path folder, FileChannel channel, FileLock lock, Path key) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /**
     * Takes {@code folder} (creating it and its parents), or fails at once.
     *
     * @param command what holds it, written into the lock file (e.g. {@code foci reproduce})
     * @throws UserException "DIR is in use by another foci process (pid N since T)" when another process, or
     *                       another command of this process, holds it
     * @throws java.nio.file.FileSystemException naming the path when the folder cannot be created or written
     */
    public static OutputLock acquire(Path folder, String command) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path file = folder.resolve(FILE);
        Path key;
        try {
            Files.createDirectories(folder);
            key = folder.toRealPath();
        } catch (IOException e) {
            throw PathProblems.naming(folder, e);
        }
        // Checked before a second channel is opened: on POSIX, closing any descriptor of a file drops every
        // lock this process holds on it, so a refused second attempt must not open and close the file.
        String heldHere = HELD.putIfAbsent(key, "pid " + ProcessHandle.current().pid() + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (heldHere != null) {
            throw inUse(folder, heldHere);
        }
        try {
            return lock(folder, file, key, command);
        } catch (IOException | RuntimeException | Error e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static OutputLock lock(Path folder, Path file, Path key, String command) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw PathProblems.naming(file, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            // Java keeps one lock per file per JVM: another command of this very process has the folder.
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw PathProblems.naming(file, e);
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw inUse(folder, holder);
        }
        try {
            byte[] text = ("pid " + ProcessHandle.current().pid() + "\nsince "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\ncommand " + command + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw PathProblems.naming(file, e);
        }
        return new OutputLock(folder, channel, lock, key);
    }

    private static UserException inUse(Path folder, String holder) {
        return new UserException(folder + " is in use by another foci process (" + holder
                + "); wait for it to finish or choose another --out");
    }

    /** "pid N since T" from the lock file, as far as it can be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(512);
            channel.read(buffer, 0);
            String pid = "?";
            String since = "?";
            for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("pid ")) {
                    pid = line.substring(4).strip();
                } else if (line.startsWith("since ")) {
                    since = line.substring(6).strip();
                }
            }
            return "pid " + pid + " since " + since;
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    /** The folder held. */
    public Path folder() {
        return folder;
    }

    /** Releases the folder (the file stays, unlocked). */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(key);
            }
        }
    }
}
