package org.foci.experiments.run;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.foci.api.agent.Agent;
import org.foci.experiments.io.AtomicFiles;
import org.foci.experiments.io.Json;
import org.foci.experiments.io.NonClosingOutputStream;

/**
 * The format of a resumable checkpoint ({@code checkpoint-<episode>.bin}): the run's progress record
 * and the agent's own checkpoint in one file, sealed by a CRC-32 over everything before it.
 *
 * <pre>
 *   "FOCICKPT"  int version  int n  n bytes: progress (JSON)  agent bytes  long agentLength  long crc32
 * </pre>
 *
 * The CRC is the framework's, whatever the agent writes (a third-party agent may carry none), and it
 * decides whether a checkpoint is used: {@link #verify} reads the whole file once before anything is
 * restored, so a truncated or corrupted file is set aside rather than half-applied to an agent. The
 * progress record travels inside, so any intact checkpoint can be resumed from on its own.
 */
final class CheckpointFile {

    private static final byte[] MAGIC = "FOCICKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    /** Bytes after the agent's: its length and the CRC. */
    private static final int TRAILER = 16;

    private CheckpointFile() {
    }

    /** Writes {@code agent} and {@code progress} into {@code file}, atomically. */
    static void write(Path file, RunStore.Progress progress, Agent agent) throws IOException {
        byte[] record = Json.MAPPER.writeValueAsBytes(progress);
        AtomicFiles.write(file, out -> {
            CRC32 crc = new CRC32();
            DataOutputStream data = new DataOutputStream(new CheckedOutputStream(new NonClosingOutputStream(out), crc));
            data.write(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(record.length);
            data.write(record);
            CountingStream counted = new CountingStream(data);
            agent.writeCheckpoint(counted);
            counted.flush();
            data.writeLong(counted.count);
            data.flush();
            new DataOutputStream(out).writeLong(crc.getValue());
        });
    }

    /**
     * Reads the whole file, checks its CRC and returns its progress record.
     *
     * @throws IOException saying what is wrong: truncated, not a checkpoint, corrupt (CRC mismatch)
     */
    static RunStore.Progress verify(Path file) throws IOException {
        long size = Files.size(file);
        if (size < MAGIC.length + 8 + TRAILER) {
            throw new IOException("truncated (" + size + " bytes)");
        }
        CRC32 crc = new CRC32();
        byte[] record;
        long agentLength;
        long stored;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            DataInputStream data = new DataInputStream(new CheckedInputStream(in, crc));
            record = header(data, size);
            data.skipNBytes(size - MAGIC.length - 8 - record.length - TRAILER);
            agentLength = data.readLong();
            stored = in.readLong();
        } catch (EOFException e) {
            throw new IOException("truncated (" + size + " bytes)", e);
        }
        if (stored != crc.getValue()) {
            throw new IOException("corrupt: CRC-32 " + Long.toHexString(stored) + " stored, "
                    + Long.toHexString(crc.getValue()) + " computed");
        }
        if (agentLength != size - MAGIC.length - 8 - record.length - TRAILER) {
            throw new IOException("corrupt: the agent's part is " + agentLength + " bytes by its trailer, "
                    + (size - MAGIC.length - 8 - record.length - TRAILER) + " by the file's size");
        }
        RunStore.Progress progress = Json.MAPPER.readValue(record, RunStore.Progress.class);
        if (progress.curve() == null || progress.episode() < 1) {
            throw new IOException("its progress record is incomplete");
        }
        return progress;
    }

    /** Restores {@code agent} from a file that {@link #verify} accepted. */
    static void restore(Path file, Agent agent) throws IOException {
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            byte[] record = header(in, size);
            long agentLength = size - MAGIC.length - 8 - record.length - TRAILER;
            agent.readCheckpoint(new Bounded(in, agentLength));
        }
    }

    private static byte[] header(DataInputStream data, long size) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a FOCI checkpoint (bad magic bytes)");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("checkpoint format " + version + ", this build reads " + VERSION);
        }
        int length = data.readInt();
        if (length < 2 || length > size - MAGIC.length - 8 - TRAILER) {
            throw new IOException("corrupt: a progress record of " + length + " bytes in a file of " + size);
        }
        byte[] record = new byte[length];
        data.readFully(record);
        return record;
    }

    /** Counts the agent's bytes; leaves the stream open. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The agent's part only: it sees end-of-stream where the trailer starts. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), left);
        }

        @Override
        public void close() {
            // the caller closes the file
        }
    }
}
