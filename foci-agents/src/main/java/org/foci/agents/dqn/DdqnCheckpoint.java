package org.foci.agents.dqn;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The checkpoint format of a {@link DuelingDdqnAgent} (format 1), written and read for one agent's shape
 * and settings.
 *
 * <p>Big-endian, through a CRC-32: the magic {@code FOCI-DDQN} and the format version; M, F, |A|; the
 * settings' {@link DdqnConfig#checkpointKey() compatibility key}; the online parameters, the target
 * parameters and the Adam state (each as a length and floats); the iteration and epoch counts; the
 * {@link Progress} (ε, episodes, steps, transitions, updates, the loss average, the generator state); a
 * flag and, when set, the replay buffer; then the CRC-32 as a {@code long}.
 *
 * <p>{@link #read} checks everything (magic, version, shape, settings, array lengths, the replay's
 * consistency, the CRC) before anything of the agent changes, and returns a {@link Restored} for the
 * agent to apply; a refused checkpoint leaves the agent untouched. Not thread-safe.
 */
final class DdqnCheckpoint {

    private static final byte[] MAGIC = "FOCI-DDQN".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT_VERSION = 1;

    /** The agent's counters and generator state, as saved. */
    record Progress(double epsilon, long episodes, long steps, long transitions, long updates, double recentLoss,
                    long randomState) {
    }

    /** A checkpoint read and checked in full, not yet applied. */
    final class Restored {
        private final float[] onlineParameters;
        private final float[] targetParameters;
        private final float[] optimizerState;
        private final int iterationCount;
        private final int epochCount;
        private final Progress progress;
        private final ReplayBuffer replay;

        private Restored(float[] onlineParameters, float[] targetParameters, float[] optimizerState,
                         int iterationCount, int epochCount, Progress progress, ReplayBuffer replay) {
            this.onlineParameters = onlineParameters;
            this.targetParameters = targetParameters;
            this.optimizerState = optimizerState;
            this.iterationCount = iterationCount;
            this.epochCount = epochCount;
            this.progress = progress;
            this.replay = replay;
        }

        /** Writes the parameters, the Adam state and the counts into the networks. */
        void applyToNetworks() {
            assign(online.params(), onlineParameters);
            assign(target.params(), targetParameters);
            assign(updaterState(), optimizerState);
            online.getConfiguration().setIterationCount(iterationCount);
            online.getConfiguration().setEpochCount(epochCount);
        }

        /** The counters and generator state. */
        Progress progress() {
            return progress;
        }

        /** The replay buffer: the saved rows, or empty when the checkpoint has none. */
        ReplayBuffer replay() {
            return replay;
        }
    }

    private final DdqnConfig config;
    private final int devices;
    private final int features;
    private final int actions;
    private final ComputationGraph online;
    private final ComputationGraph target;

    /** The format for an agent of this shape and these settings, with these networks. */
    DdqnCheckpoint(DdqnConfig config, int devices, int features, int actions, ComputationGraph online,
                   ComputationGraph target) {
        this.config = Objects.requireNonNull(config, "config");
        this.devices = devices;
        this.features = features;
        this.actions = actions;
        this.online = Objects.requireNonNull(online, "online");
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * Writes a checkpoint; the stream is flushed, not closed (the caller owns it).
     *
     * @param replay written when the settings ask for it ({@code checkpointReplay})
     */
    void write(OutputStream out, Progress progress, ReplayBuffer replay) throws IOException {
        Objects.requireNonNull(out, "out");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        CRC32 crc = new CRC32();
        DataOutputStream data = new DataOutputStream(new CheckedOutputStream(buffered, crc));
        data.write(MAGIC);
        data.writeInt(FORMAT_VERSION);
        data.writeInt(devices);
        data.writeInt(features);
        data.writeInt(actions);
        data.writeUTF(config.checkpointKey());
        writeArray(data, online.params());
        writeArray(data, target.params());
        writeArray(data, updaterState());
        ComputationGraphConfiguration configuration = online.getConfiguration();
        data.writeInt(configuration.getIterationCount());
        data.writeInt(configuration.getEpochCount());
        data.writeDouble(progress.epsilon());
        data.writeLong(progress.episodes());
        data.writeLong(progress.steps());
        data.writeLong(progress.transitions());
        data.writeLong(progress.updates());
        data.writeDouble(progress.recentLoss());
        data.writeLong(progress.randomState());
        data.writeBoolean(config.checkpointReplay());
        if (config.checkpointReplay()) {
            replay.write(data);
        }
        data.flush();
        new DataOutputStream(buffered).writeLong(crc.getValue());
        buffered.flush();
    }

    /**
     * Reads and checks a whole checkpoint without changing the networks.
     *
     * @throws IOException naming the problem: not a checkpoint, another format, shape or settings, wrong
     *                     array lengths, an inconsistent replay buffer, a CRC mismatch, or a truncated stream
     */
    Restored read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        CRC32 crc = new CRC32();
        DataInputStream data = new DataInputStream(new CheckedInputStream(in, crc));
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a dueling-ddqn checkpoint (bad magic bytes)");
            }
            int version = data.readInt();
            if (version != FORMAT_VERSION) {
                throw new IOException("unsupported dueling-ddqn checkpoint format " + version + "; this agent reads "
                        + FORMAT_VERSION);
            }
            int savedDevices = data.readInt();
            int savedFeatures = data.readInt();
            int savedActions = data.readInt();
            if (savedDevices != devices || savedFeatures != features || savedActions != actions) {
                throw new IOException("checkpoint is for " + savedDevices + " devices, " + savedFeatures + " features, "
                        + savedActions + " actions, but this agent has " + devices + ", " + features + ", " + actions);
            }
            String savedConfig = data.readUTF();
            if (!savedConfig.equals(config.checkpointKey())) {
                throw new IOException("checkpoint was written with settings {" + savedConfig
                        + "}, but this agent has {" + config.checkpointKey() + "}");
            }
            float[] onlineParameters = readArray(data, online.numParams(), "online parameters");
            float[] targetParameters = readArray(data, target.numParams(), "target parameters");
            float[] optimizerState = readArray(data, updaterState().length(), "optimizer state");
            int iterationCount = data.readInt();
            int epochCount = data.readInt();
            Progress progress = new Progress(data.readDouble(), data.readLong(), data.readLong(), data.readLong(),
                    data.readLong(), data.readDouble(), data.readLong());
            boolean hasReplay = data.readBoolean();
            ReplayBuffer replay = new ReplayBuffer(config.replayCapacity(), features, actions);
            if (hasReplay) {
                replay.read(data);
            }
            long expected = crc.getValue();
            long stored = new DataInputStream(in).readLong();
            if (stored != expected) {
                throw new IOException("checkpoint is corrupt: CRC-32 " + Long.toHexString(stored) + " stored, "
                        + Long.toHexString(expected) + " computed");
            }
            return new Restored(onlineParameters, targetParameters, optimizerState, iterationCount, epochCount,
                    progress, replay);
        } catch (EOFException e) {
            throw new IOException("checkpoint is truncated", e);
        }
    }

    private INDArray updaterState() {
        INDArray state = online.getUpdater().getStateViewArray();
        if (state == null) {
            throw new IllegalStateException("the network's optimizer has no state array");
        }
        return state;
    }

    private static void writeArray(DataOutputStream out, INDArray array) throws IOException {
        float[] values = array.dup('c').reshape(array.length()).toFloatVector();
        out.writeLong(values.length);
        BinaryIo.writeFloats(out, values, 0, values.length);
    }

    private static float[] readArray(DataInputStream in, long expectedLength, String what) throws IOException {
        long length = in.readLong();
        if (length != expectedLength) {
            throw new IOException("checkpoint " + what + " have " + length + " values, but this agent has "
                    + expectedLength);
        }
        float[] values = new float[Math.toIntExact(length)];
        BinaryIo.readFloats(in, values, 0, values.length);
        return values;
    }

    private static void assign(INDArray destination, float[] values) {
        destination.assign(Nd4j.createFromArray(values).reshape(destination.shape()));
    }
}
