package org.foci.agents.dqn;

import java.util.List;
import java.util.Objects;
import org.foci.api.ConfigurationException;
import org.foci.api.SettingKey;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentProvider;
import org.foci.api.agent.AgentSpec;

/**
 * The {@code dueling-ddqn} learner: a dueling double DQN on deeplearning4j with parameters shared
 * by all devices (MODEL.md §9). See {@link DuelingDdqnAgent}; every hyper-parameter is a key below.
 */
public final class DuelingDdqnProvider implements AgentProvider {

    /** The plug-in's name. */
    public static final String NAME = "dueling-ddqn";

    /**
     * Widths of the trunk's hidden layers: three as in the paper ("a simple 3-layer MLP"), 64 wide so that
     * a paper-scale training step stays within the learner's time budget (docs/performance.md).
     */
    public static final SettingKey<String> HIDDEN_UNITS = SettingKey.text("hiddenUnits", "64,64,64",
                    "widths of the MLP trunk's hidden ReLU layers, comma-separated (1 to 4 layers)")
            .require(DdqnConfig::validHiddenUnits, "must be 1 to 4 positive integers separated by commas");
    /** Adam's step size; 1e-4 (paper). */
    public static final SettingKey<Double> LEARNING_RATE = SettingKey.real("learningRate", 1e-4,
            "Adam learning rate eta").greaterThan(0.0).atMost(1.0);
    /** Discount; 0.7 (paper). */
    public static final SettingKey<Double> GAMMA = SettingKey.real("gamma", 0.7, "discount factor gamma")
            .atLeast(0.0).lessThan(1.0);
    /** Initial exploration rate; 1 (paper). */
    public static final SettingKey<Double> EPSILON_START = SettingKey.real("epsilonStart", 1.0,
            "initial exploration rate epsilon").between(0.0, 1.0);
    /** Per-episode decay of ε; 0.99 (paper). */
    public static final SettingKey<Double> EPSILON_DECAY = SettingKey.real("epsilonDecay", 0.99,
            "factor applied to epsilon at the end of each episode").greaterThan(0.0).atMost(1.0);
    /** Floor of ε; 0.01, which the paper's 300 episodes never reach (0.99^300 ≈ 0.049). */
    public static final SettingKey<Double> EPSILON_MIN = SettingKey.real("epsilonMin", 0.01,
            "floor of epsilon").between(0.0, 1.0);
    /** Device-transitions per update; 64. */
    public static final SettingKey<Integer> BATCH_SIZE = SettingKey.integer("batchSize", 64,
            "device-transitions per gradient update").between(1, 1 << 20);
    /** Replay capacity in device-transitions; 100,000 ≈ 417 steps of 240 devices, ≈ 200 MB at F = 247. */
    public static final SettingKey<Integer> REPLAY_CAPACITY = SettingKey.integer("replayCapacity", 100_000,
            "device-transitions kept in the replay buffer").atLeast(1);
    /** Device-transitions stored before learning starts; 2,400 = 10 steps of 240 devices. */
    public static final SettingKey<Integer> WARMUP_TRANSITIONS = SettingKey.integer("warmupTransitions", 2_400,
            "device-transitions stored before the first update").atLeast(0);
    /** Gradient updates per environment step; 1. */
    public static final SettingKey<Integer> UPDATES_PER_STEP = SettingKey.integer("updatesPerStep", 1,
            "gradient updates per environment step (learn call); 0 only collects").atLeast(0);
    /** Hard copy or Polyak averaging; hard. */
    public static final SettingKey<TargetSync> TARGET_SYNC = SettingKey.choice("targetSync", TargetSync.class,
            TargetSync.HARD, "how the target network follows the online one: hard or polyak");
    /** Updates between hard copies; 240 = one paper episode at one update per step. */
    public static final SettingKey<Integer> TARGET_SYNC_PERIOD = SettingKey.integer("targetSyncPeriod", 240,
            "updates between hard copies of the online weights into the target network").atLeast(1);
    /** Polyak rate; 0.005. */
    public static final SettingKey<Double> TARGET_TAU = SettingKey.real("targetTau", 0.005,
            "Polyak averaging rate tau for targetSync=polyak").greaterThan(0.0).atMost(1.0);
    /** Huber threshold; 1. */
    public static final SettingKey<Double> HUBER_DELTA = SettingKey.real("huberDelta", 1.0,
            "threshold delta of the Huber loss").greaterThan(0.0);
    /** Per-layer gradient L2-norm clipping; off. */
    public static final SettingKey<Double> GRADIENT_CLIP = SettingKey.real("gradientClip", 0.0,
            "per-layer gradient L2-norm clipping threshold; 0 = off").atLeast(0.0);
    /** Whether checkpoints hold the replay buffer; true (exact resume). */
    public static final SettingKey<Boolean> CHECKPOINT_REPLAY = SettingKey.flag("checkpointReplay", true,
            "checkpoints include the replay buffer (exact resume; about 2 KB per stored transition)");

    /** How the network is computed; direct BLAS calls by default (no per-operation overhead of the graph API). */
    public static final SettingKey<QEngineKind> ENGINE = SettingKey.choice("engine", QEngineKind.class,
            QEngineKind.DIRECT, "direct (BLAS on the graph's arrays, fast) or dl4j (ComputationGraph API, reference)");

    /**
     * Rows of one forward pass when acting; 0 (default) = all devices in one pass, as every committed result
     * was computed. Blocks of a few hundred rows keep a city-scale crowd's activations in the caches (the
     * measurements are in docs/performance.md, "City scale"), but BLAS does not promise a row the same bits
     * in batches of different sizes, so a run with blocks is a different (equally deterministic) run.
     */
    public static final SettingKey<Integer> ACT_BLOCK_ROWS = SettingKey.integer("actBlockRows", 0,
            "rows of one forward pass when acting; 0 = all devices in one pass. Blocks (e.g. 512) are faster "
                    + "for tens of thousands of devices but change Q-values' last bits, so results differ").between(0,
            1 << 20);

    /** The most floats of one replay column (observations of all rows). */
    static final long MAX_REPLAY_FLOATS = Integer.MAX_VALUE - 16;

    /** Every key, in documentation order. */
    public static final List<SettingKey<?>> KEYS = List.of(HIDDEN_UNITS, LEARNING_RATE, GAMMA, EPSILON_START,
            EPSILON_DECAY, EPSILON_MIN, BATCH_SIZE, REPLAY_CAPACITY, WARMUP_TRANSITIONS, UPDATES_PER_STEP, TARGET_SYNC,
            TARGET_SYNC_PERIOD, TARGET_TAU, HUBER_DELTA, GRADIENT_CLIP, CHECKPOINT_REPLAY, ENGINE, ACT_BLOCK_ROWS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "dueling double DQN on deeplearning4j, shared by all devices, masked epsilon-greedy";
    }

    @Override
    public List<SettingKey<?>> settingKeys() {
        return KEYS;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ConfigurationException also when the replay buffer of {@code replayCapacity} rows of
     *                                {@code spec.observationSize()} floats would not fit in a Java array
     */
    @Override
    public Agent create(Settings settings, AgentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        DdqnConfig config = DdqnConfig.from(settings);
        long floats = (long) config.replayCapacity() * Math.max(1, spec.observationSize());
        if (floats > MAX_REPLAY_FLOATS) {
            throw new ConfigurationException(settings.fullKey(REPLAY_CAPACITY.name()),
                    String.valueOf(config.replayCapacity()), "must be <= "
                    + MAX_REPLAY_FLOATS / Math.max(1, spec.observationSize()) + " for " + spec.observationSize()
                    + " features (one Java array per replay column)");
        }
        return new DuelingDdqnAgent(config, spec);
    }
}
