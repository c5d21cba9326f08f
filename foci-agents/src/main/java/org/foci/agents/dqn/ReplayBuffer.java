package org.foci.agents.dqn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A ring buffer of device-transitions {@code (o, a, r, o', mask', terminal)} in primitive arrays, one
 * row per device and step, shared by all devices (parameter sharing).
 *
 * <p>Layout: observations and next observations are {@code rows × F} floats; next-state masks are
 * bit-packed, {@code ⌈|A|/64⌉} longs per row (4 for the paper's 210 actions). Memory per row is
 * {@code 8F + 8⌈|A|/64⌉ + 9} bytes: about 2 KB for F = 247, so the default 100,000 rows take about
 * 200 MB. Storage grows by doubling up to the capacity, so an agent that never learns (evaluation)
 * never allocates it; once full, the oldest row is overwritten.
 *
 * <p>Not thread-safe.
 */
final class ReplayBuffer {

    private static final int INITIAL_ROWS = 1024;

    private final int capacity;
    private final int features;
    private final int actions;
    private final int maskWords;

    private float[] observations;
    private float[] nextObservations;
    private int[] taken;
    private float[] rewards;
    private long[] nextMasks;
    private boolean[] terminal;
    private int allocated;
    private int size;
    private int cursor;
    private long added;

    ReplayBuffer(int capacity, int features, int actions) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, but was " + capacity);
        }
        if (features < 0 || actions < 1) {
            throw new IllegalArgumentException("features must be >= 0 and actions >= 1, but were " + features + " and "
                    + actions);
        }
        this.capacity = capacity;
        this.features = features;
        this.actions = actions;
        this.maskWords = (actions + 63) >>> 6;
        allocate(Math.min(capacity, INITIAL_ROWS));
    }

    private void allocate(int rows) {
        observations = observations == null ? new float[Math.multiplyExact(rows, features)]
                : Arrays.copyOf(observations, Math.multiplyExact(rows, features));
        nextObservations = nextObservations == null ? new float[rows * features]
                : Arrays.copyOf(nextObservations, rows * features);
        taken = taken == null ? new int[rows] : Arrays.copyOf(taken, rows);
        rewards = rewards == null ? new float[rows] : Arrays.copyOf(rewards, rows);
        nextMasks = nextMasks == null ? new long[rows * maskWords] : Arrays.copyOf(nextMasks, rows * maskWords);
        terminal = terminal == null ? new boolean[rows] : Arrays.copyOf(terminal, rows);
        allocated = rows;
    }

    /**
     * Stores one device-transition, overwriting the oldest when full.
     *
     * @param observation      source of the F features of o
     * @param observationFrom  first index of o in {@code observation}
     * @param nextObservation  source of the F features of o'
     * @param nextFrom         first index of o' in {@code nextObservation}
     * @param nextMask         source of the |A| mask entries of o'
     * @param maskFrom         first index of the row in {@code nextMask}
     */
    void add(float[] observation, int observationFrom, int action, float reward, float[] nextObservation, int nextFrom,
             boolean[] nextMask, int maskFrom, boolean isTerminal) {
        if (cursor == allocated && allocated < capacity) {
            allocate((int) Math.min(capacity, 2L * allocated));
        }
        int row = cursor;
        System.arraycopy(observation, observationFrom, observations, row * features, features);
        System.arraycopy(nextObservation, nextFrom, nextObservations, row * features, features);
        taken[row] = action;
        rewards[row] = reward;
        terminal[row] = isTerminal;
        int wordBase = row * maskWords;
        for (int w = 0; w < maskWords; w++) {
            long bits = 0L;
            int first = w << 6;
            int end = Math.min(actions, first + 64);
            for (int a = first; a < end; a++) {
                bits |= (nextMask[maskFrom + a] ? 1L : 0L) << (a & 63);
            }
            nextMasks[wordBase + w] = bits;
        }
        cursor = cursor + 1 == capacity ? 0 : cursor + 1;
        if (size < capacity) {
            size++;
        }
        added++;
    }

    /** Rows stored, {@code <= capacity}. */
    int size() {
        return size;
    }

    /** The most rows kept. */
    int capacity() {
        return capacity;
    }

    /** Rows ever added (including overwritten ones). */
    long added() {
        return added;
    }

    /** Longs per bit-packed mask row. */
    int maskWords() {
        return maskWords;
    }

    void copyObservation(int row, float[] out, int outFrom) {
        System.arraycopy(observations, row * features, out, outFrom, features);
    }

    void copyNextObservation(int row, float[] out, int outFrom) {
        System.arraycopy(nextObservations, row * features, out, outFrom, features);
    }

    int action(int row) {
        return taken[row];
    }

    float reward(int row) {
        return rewards[row];
    }

    boolean terminal(int row) {
        return terminal[row];
    }

    /** True when action {@code a} is allowed in the next state of {@code row}. */
    boolean nextAllowed(int row, int a) {
        return (nextMasks[row * maskWords + (a >>> 6)] & (1L << (a & 63))) != 0;
    }

    /**
     * The allowed next action with the largest {@code q[qFrom + a]} (ties to the lowest index), or -1 when
     * the next mask allows nothing or every allowed value is NaN.
     */
    int nextArgmax(int row, float[] q, int qFrom) {
        int best = -1;
        float bestQ = Float.NEGATIVE_INFINITY;
        int wordBase = row * maskWords;
        for (int w = 0; w < maskWords; w++) {
            long bits = nextMasks[wordBase + w];
            while (bits != 0) {
                int a = (w << 6) + Long.numberOfTrailingZeros(bits);
                float value = q[qFrom + a];
                if (value > bestQ || best < 0 && value == Float.NEGATIVE_INFINITY) {
                    best = a;
                    bestQ = value;
                }
                bits &= bits - 1;
            }
        }
        return best;
    }

    /** Copies the bit-packed next mask of {@code row} into {@code out} at {@code outFrom}. */
    void copyNextMask(int row, long[] out, int outFrom) {
        System.arraycopy(nextMasks, row * maskWords, out, outFrom, maskWords);
    }

    /** Writes the stored rows and the ring position. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(capacity);
        out.writeInt(features);
        out.writeInt(actions);
        out.writeInt(size);
        out.writeInt(cursor);
        out.writeLong(added);
        BinaryIo.writeFloats(out, observations, 0, size * features);
        BinaryIo.writeFloats(out, nextObservations, 0, size * features);
        BinaryIo.writeInts(out, taken, 0, size);
        BinaryIo.writeFloats(out, rewards, 0, size);
        BinaryIo.writeLongs(out, nextMasks, 0, size * maskWords);
        byte[] flags = new byte[size];
        for (int i = 0; i < size; i++) {
            flags[i] = (byte) (terminal[i] ? 1 : 0);
        }
        out.write(flags);
    }

    /**
     * Replaces the contents with rows written by {@link #write} of a buffer of the same shape.
     *
     * @throws IOException if the shape differs or the data is inconsistent
     */
    void read(DataInputStream in) throws IOException {
        int savedCapacity = in.readInt();
        int savedFeatures = in.readInt();
        int savedActions = in.readInt();
        if (savedCapacity != capacity || savedFeatures != features || savedActions != actions) {
            throw new IOException("checkpoint replay buffer has capacity " + savedCapacity + ", " + savedFeatures
                    + " features and " + savedActions + " actions, but this agent's has " + capacity + ", " + features
                    + " and " + actions);
        }
        int savedSize = in.readInt();
        int savedCursor = in.readInt();
        long savedAdded = in.readLong();
        if (savedSize < 0 || savedSize > capacity || savedCursor < 0 || savedCursor >= capacity
                || (savedSize < capacity && savedCursor != savedSize) || savedAdded < savedSize) {
            throw new IOException("checkpoint replay buffer is inconsistent: size " + savedSize + ", cursor "
                    + savedCursor + ", added " + savedAdded + ", capacity " + capacity);
        }
        observations = null;
        nextObservations = null;
        taken = null;
        rewards = null;
        nextMasks = null;
        terminal = null;
        allocate(savedSize == capacity ? capacity : Math.max(savedSize, Math.min(capacity, INITIAL_ROWS)));
        BinaryIo.readFloats(in, observations, 0, savedSize * features);
        BinaryIo.readFloats(in, nextObservations, 0, savedSize * features);
        BinaryIo.readInts(in, taken, 0, savedSize);
        BinaryIo.readFloats(in, rewards, 0, savedSize);
        BinaryIo.readLongs(in, nextMasks, 0, savedSize * maskWords);
        byte[] flags = new byte[savedSize];
        in.readFully(flags);
        for (int i = 0; i < savedSize; i++) {
            terminal[i] = flags[i] != 0;
        }
        size = savedSize;
        cursor = savedCursor;
        added = savedAdded;
    }

    /** Forgets every row (the storage is released). */
    void clear() {
        observations = null;
        nextObservations = null;
        taken = null;
        rewards = null;
        nextMasks = null;
        terminal = null;
        allocate(Math.min(capacity, INITIAL_ROWS));
        size = 0;
        cursor = 0;
        added = 0;
    }
}
