package org.foci.agents.dqn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.foci.agents.numerics.BlasRuntime;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.Observations;
import org.foci.api.agent.Transition;
import org.foci.api.random.SplitMix64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dueling double DQN shared by all devices (MODEL.md §9): one {@link DuelingQNetwork}, one target
 * network, one replay buffer of device-transitions, ε-greedy exploration with masks.
 *
 * <p><b>Acting.</b> One batched forward pass for all M devices per {@link #act} call (skipped when
 * every device explores). Exploring devices pick uniformly among their <em>allowed</em> actions;
 * the others take the masked argmax of Q (ties to the lowest index). Greedy calls
 * ({@code explore = false}) draw no random numbers, so evaluating does not disturb training.
 *
 * <p><b>Learning.</b> Every {@link #learn} stores M rows; once {@code warmupTransitions} rows are
 * stored, it makes {@code updatesPerStep} updates, each on {@code batchSize} rows sampled uniformly
 * with replacement. Targets are double-DQN:
 * {@code y = r + γ·Q_target(s', argmax_{a' allowed in s'} Q_online(s', a'))}, no bootstrap for
 * terminal rows; loss: Huber on the taken action only; optimiser: Adam. The target network is
 * copied every {@code targetSyncPeriod} updates or Polyak-averaged after every update.
 * {@link #endEpisode} multiplies ε by {@code epsilonDecay} down to {@code epsilonMin}.
 *
 * <p><b>Determinism.</b> Exploration and replay sampling use a {@link SplitMix64} seeded from the
 * spec's seed; initial weights come from the network configuration's seed. With a fixed ND4J thread
 * count (OMP_NUM_THREADS), the same seed gives the same actions and weights (docs/agents.md).
 *
 * <p><b>Checkpoints</b> hold the online and target weights, Adam's state and iteration count, ε,
 * counters, the generator state and (by default) the replay buffer, with a CRC-32 (the format is
 * {@link DdqnCheckpoint}'s); a restored agent continues exactly as the original would have. Masked choices
 * are {@link MaskedActions}'; the network is computed by a {@link QEngine}.
 *
 * <p>Not thread-safe: one thread calls act → learn → … → endEpisode.
 */
public final class DuelingDdqnAgent implements Agent {

    private static final Logger LOG = LoggerFactory.getLogger(DuelingDdqnAgent.class);

    /** Weight of the newest loss in the reported moving average (about the last 100 updates). */
    private static final double LOSS_SMOOTHING = 0.01;

    private final DdqnConfig config;
    private final int devices;
    private final int features;
    private final int inputs;
    private final int actions;
    private final ComputationGraph online;
    private final ComputationGraph target;
    private final QEngine engine;
    private final SplitMix64 random;
    private final MaskedActions masks;
    private final DdqnCheckpoint checkpoint;
    private ReplayBuffer replay;

    private double epsilon;
    private long episodes;
    private long steps;
    private long transitions;
    private long updates;
    private double recentLoss;

    /** Rows of one forward pass when acting ({@code actBlockRows}; all devices when 0). */
    private final int actBlockRows;
    private final float[] actInput;
    private final float[] actQ;
    private final boolean[] greedy;

    private final int batchSize;
    private final int[] batchRows;
    private final int[] batchActions;
    private final float[] batchObservations;
    private final float[] batchNext;
    private final float[] batchTargets;
    private final float[] nextOnline;
    private final float[] nextTarget;

    /**
     * A fresh agent: weights from {@code spec.seed()}, ε = {@code epsilonStart}, empty replay.
     *
     * @throws IllegalArgumentException if the replay buffer would not fit in Java arrays
     */
    public DuelingDdqnAgent(DdqnConfig config, AgentSpec spec) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(spec, "spec");
        BlasRuntime.ensureLoaded();
        this.devices = spec.deviceCount();
        this.features = spec.observationSize();
        this.inputs = Math.max(1, features);
        this.actions = spec.actionCount();
        if ((long) config.replayCapacity() * Math.max(1, features) > DuelingDdqnProvider.MAX_REPLAY_FLOATS) {
            throw new IllegalArgumentException("replayCapacity × observationSize must fit in an array, but was "
                    + config.replayCapacity() + " × " + features);
        }
        ComputationGraphConfiguration configuration = DuelingQNetwork.configuration(inputs, config.hiddenUnits(),
                actions, config.learningRate(), config.huberDelta(), config.gradientClip(), spec.seed());
        this.online = DuelingQNetwork.create(configuration);
        this.target = online.clone();
        this.random = new SplitMix64(spec.seed());
        this.replay = new ReplayBuffer(config.replayCapacity(), features, actions);
        this.epsilon = config.epsilonStart();
        this.masks = new MaskedActions(actions);
        this.checkpoint = new DdqnCheckpoint(config, devices, features, actions, online, target);

        this.actBlockRows = config.actBlockRows() == 0 ? devices : Math.min(devices, config.actBlockRows());
        this.engine = config.engine() == QEngineKind.DL4J ? new Dl4jQEngine(online, target, inputs, actions)
                : new DirectQEngine(online, target, config.hiddenUnits(), inputs, actions, config.huberDelta(),
                Math.max(actBlockRows, config.batchSize()), config.batchSize());

        this.actInput = new float[devices * inputs];
        this.actQ = new float[actBlockRows * actions];
        this.greedy = new boolean[devices];
        Arrays.fill(greedy, true);          // nothing explored before the first act

        this.batchSize = config.batchSize();
        this.batchRows = new int[batchSize];
        this.batchActions = new int[batchSize];
        this.batchObservations = new float[batchSize * inputs];
        this.batchNext = new float[batchSize * inputs];
        this.batchTargets = new float[batchSize];
        this.nextOnline = new float[batchSize * actions];
        this.nextTarget = new float[batchSize * actions];
        if (features == 0) {
            // No features: the network sees a constant 1 and learns state-independent values.
            Arrays.fill(actInput, 1f);
            Arrays.fill(batchObservations, 1f);
            Arrays.fill(batchNext, 1f);
        }
        LOG.info("dueling DDQN: {} devices, {} features, {} actions, hidden {}, {} parameters, seed {}", devices,
                features, actions, config.hiddenUnits(), online.numParams(), spec.seed());
    }

    /** The hyper-parameters. */
    public DdqnConfig config() {
        return config;
    }

    /** The online network (for inspection and tests; do not train it from outside). */
    public ComputationGraph network() {
        return online;
    }

    /** The target network (for inspection and tests). */
    public ComputationGraph targetNetwork() {
        return target;
    }

    /** The current exploration rate ε. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    public boolean learns() {
        return true;
    }

    @Override
    public void act(Observations observations, boolean explore, int[] actionsOut) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(actionsOut, "actionsOut");
        float[] x = observations.features();
        boolean[] mask = observations.actionMask();
        requireLength("observations.features", x.length, (long) devices * features);
        requireLength("observations.actionMask", mask.length, (long) devices * actions);
        if (actionsOut.length < devices) {
            throw new IllegalArgumentException("actionsOut must have room for " + devices + " actions, but had "
                    + actionsOut.length);
        }
        for (int m = 0; m < devices; m++) {
            if (!masks.anyAllowed(mask, m * actions)) {
                throw new IllegalArgumentException("the action mask of device " + m + " allows no action");
            }
        }
        boolean anyGreedy = false;
        for (int m = 0; m < devices; m++) {
            if (explore && epsilon > 0 && random.nextDouble() < epsilon) {
                actionsOut[m] = masks.randomAllowed(mask, m * actions, random);
                greedy[m] = false;
            } else {
                greedy[m] = true;
                anyGreedy = true;
            }
        }
        if (!anyGreedy) {
            return;
        }
        float[] input = features > 0 ? x : actInput;
        for (int from = 0; from < devices; from += actBlockRows) {
            int rows = Math.min(actBlockRows, devices - from);
            engine.predict(input, from, rows, actQ);
            for (int r = 0; r < rows; r++) {
                int m = from + r;
                if (greedy[m]) {
                    actionsOut[m] = masks.argmax(actQ, r * actions, mask, m * actions);
                }
            }
        }
    }

    @Override
    public void lastExploration(boolean[] out) {
        if (out.length < devices) {
            throw new IllegalArgumentException("out must have room for " + devices + " flags, but had " + out.length);
        }
        for (int m = 0; m < devices; m++) {
            out[m] = !greedy[m];
        }
    }

    @Override
    public void learn(Transition transition) {
        Objects.requireNonNull(transition, "transition");
        float[] observations = transition.observations();
        float[] next = transition.nextObservations();
        int[] taken = transition.actions();
        float[] rewards = transition.rewards();
        boolean[] nextMask = transition.nextActionMask();
        requireLength("transition.observations", observations.length, (long) devices * features);
        requireLength("transition.nextObservations", next.length, (long) devices * features);
        requireLength("transition.actions", taken.length, devices);
        requireLength("transition.nextActionMask", nextMask.length, (long) devices * actions);
        for (int m = 0; m < devices; m++) {
            if (taken[m] < 0 || taken[m] >= actions) {
                throw new IllegalArgumentException("the action of device " + m + " must be in [0, " + (actions - 1)
                        + "], but was " + taken[m]);
            }
            if (!Float.isFinite(rewards[m])) {
                throw new IllegalArgumentException("the reward of device " + m + " must be finite, but was "
                        + rewards[m]);
            }
            if (!masks.anyAllowed(nextMask, m * actions)) {
                throw new IllegalArgumentException("the next action mask of device " + m + " allows no action");
            }
        }
        for (int m = 0; m < devices; m++) {
            replay.add(observations, m * features, taken[m], rewards[m], next, m * features, nextMask, m * actions,
                    transition.terminal());
        }
        transitions += devices;
        steps++;
        if (replay.size() >= Math.max(1, Math.min(config.warmupTransitions(), replay.capacity()))) {
            for (int u = 0; u < config.updatesPerStep(); u++) {
                update();
            }
        }
    }

    /**
     * Makes one gradient update now, on {@code batchSize} rows sampled from the replay buffer, as
     * {@link #learn} does after the warm-up (benchmarks and tests call it directly).
     *
     * @return the loss of the batch before the update
     * @throws IllegalStateException if the replay buffer is empty
     */
    public double update() {
        int size = replay.size();
        if (size == 0) {
            throw new IllegalStateException("cannot update: the replay buffer is empty");
        }
        boolean bootstrap = false;
        for (int b = 0; b < batchSize; b++) {
            int row = random.nextInt(size);
            batchRows[b] = row;
            if (features > 0) {
                replay.copyObservation(row, batchObservations, b * features);
                replay.copyNextObservation(row, batchNext, b * features);
            }
            bootstrap |= !replay.terminal(row);
        }
        double gamma = config.gamma();
        bootstrap &= gamma > 0;
        if (bootstrap) {
            engine.predict(batchNext, batchSize, nextOnline);
            engine.predictTarget(batchNext, batchSize, nextTarget);
        }
        for (int b = 0; b < batchSize; b++) {
            int row = batchRows[b];
            double y = replay.reward(row);
            if (bootstrap && !replay.terminal(row)) {
                // Double DQN: the online network picks among the allowed next actions, the target values it.
                int best = replay.nextArgmax(row, nextOnline, b * actions);
                if (best >= 0) {
                    y += gamma * nextTarget[b * actions + best];
                }
            }
            batchActions[b] = replay.action(row);
            batchTargets[b] = (float) y;
        }
        double loss = engine.train(batchObservations, batchActions, batchTargets, batchSize);
        updates++;
        recentLoss = updates == 1 ? loss : recentLoss + LOSS_SMOOTHING * (loss - recentLoss);
        syncTarget();
        return loss;
    }

    private void syncTarget() {
        if (config.targetSync() == TargetSync.HARD) {
            if (updates % config.targetSyncPeriod() == 0) {
                engine.syncTarget(1);
            }
        } else {
            engine.syncTarget(config.targetTau());
        }
    }

    @Override
    public void endEpisode() {
        episodes++;
        epsilon = Math.max(config.epsilonMin(), epsilon * config.epsilonDecay());
        LOG.debug("episode {} ended: epsilon {}, {} updates, loss {}", episodes, epsilon, updates, recentLoss);
    }

    /**
     * {@code epsilon}, {@code loss} (moving average over about the last 100 updates; 0 before the
     * first), {@code updates}, {@code transitions} (device-transitions seen), {@code episodes} and
     * {@code replaySize}. All deterministic: a restored agent reports the same values.
     */
    @Override
    public Map<String, Double> diagnostics() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("epsilon", epsilon);
        values.put("loss", recentLoss);
        values.put("updates", (double) updates);
        values.put("transitions", (double) transitions);
        values.put("episodes", (double) episodes);
        values.put("replaySize", (double) replay.size());
        return Collections.unmodifiableMap(values);
    }

    @Override
    public void writeCheckpoint(OutputStream out) throws IOException {
        checkpoint.write(out, new DdqnCheckpoint.Progress(epsilon, episodes, steps, transitions, updates, recentLoss,
                random.state()), replay);
    }

    @Override
    public void readCheckpoint(InputStream in) throws IOException {
        DdqnCheckpoint.Restored restored = checkpoint.read(in);
        // Everything read and checked: apply.
        restored.applyToNetworks();
        DdqnCheckpoint.Progress progress = restored.progress();
        epsilon = progress.epsilon();
        episodes = progress.episodes();
        steps = progress.steps();
        transitions = progress.transitions();
        updates = progress.updates();
        recentLoss = progress.recentLoss();
        random.restore(progress.randomState());
        replay = restored.replay();
    }

    private static void requireLength(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " must have " + expected + " entries, but had " + actual);
        }
    }

    @Override
    public String toString() {
        return DuelingDdqnProvider.NAME + "(" + config + ")";
    }
}
