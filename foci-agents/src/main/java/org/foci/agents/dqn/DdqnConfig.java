package org.foci.agents.dqn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.foci.api.ConfigurationException;
import org.foci.api.ConfigurationProblem;
import org.foci.api.Settings;

/**
 * The hyper-parameters of the dueling double DQN, read from {@link Settings} through the keys of
 * {@link DuelingDdqnProvider} (where each key documents its default and why).
 *
 * @param hiddenUnits       widths of the MLP trunk's hidden layers (ReLU), 1 to 4 of them
 * @param learningRate      Adam's step size η
 * @param gamma             discount γ in [0, 1)
 * @param epsilonStart      ε at the start, in [0, 1]
 * @param epsilonDecay      factor applied to ε at each {@code endEpisode}, in (0, 1]
 * @param epsilonMin        floor of ε, {@code <= epsilonStart}
 * @param batchSize         device-transitions per gradient update
 * @param replayCapacity    device-transitions kept in the replay buffer
 * @param warmupTransitions device-transitions stored before the first update
 * @param updatesPerStep    gradient updates per {@code learn} call (per environment step)
 * @param targetSync        how the target network follows the online one
 * @param targetSyncPeriod  updates between hard copies ({@link TargetSync#HARD})
 * @param targetTau         Polyak rate τ ({@link TargetSync#POLYAK})
 * @param huberDelta        δ of the Huber loss
 * @param gradientClip      per-layer L2-norm threshold for gradient clipping; 0 switches it off
 * @param checkpointReplay  whether checkpoints carry the replay buffer (needed for an exact resume)
 * @param engine            how the network is computed: direct BLAS calls or deeplearning4j's graph API
 * @param actBlockRows      rows of one forward pass when acting; 0 = all devices in one pass
 */
public record DdqnConfig(List<Integer> hiddenUnits, double learningRate, double gamma, double epsilonStart,
                         double epsilonDecay, double epsilonMin, int batchSize, int replayCapacity,
                         int warmupTransitions, int updatesPerStep, TargetSync targetSync, int targetSyncPeriod,
                         double targetTau, double huberDelta, double gradientClip, boolean checkpointReplay,
                         QEngineKind engine, int actBlockRows) {

    public DdqnConfig {
        hiddenUnits = List.copyOf(Objects.requireNonNull(hiddenUnits, "hiddenUnits"));
        Objects.requireNonNull(targetSync, "targetSync");
        Objects.requireNonNull(engine, "engine");
        if (actBlockRows < 0) {
            throw new IllegalArgumentException("actBlockRows must be >= 0, but was " + actBlockRows);
        }
        if (hiddenUnits.isEmpty() || hiddenUnits.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hiddenUnits must be positive widths, but was " + hiddenUnits);
        }
        if (epsilonMin > epsilonStart) {
            throw new IllegalArgumentException("epsilonMin must be <= epsilonStart, but was " + epsilonMin + " > "
                    + epsilonStart);
        }
    }

    /** The defaults of every key. */
    public static DdqnConfig defaults() {
        return from(Settings.empty());
    }

    /**
     * Reads and checks the settings; reports every problem at once.
     *
     * @throws ConfigurationException naming each unknown key, bad value and inconsistent pair
     */
    public static DdqnConfig from(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        List<ConfigurationProblem> problems = new ArrayList<>(settings.problems(DuelingDdqnProvider.KEYS));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        double epsilonStart = settings.get(DuelingDdqnProvider.EPSILON_START);
        double epsilonMin = settings.get(DuelingDdqnProvider.EPSILON_MIN);
        if (epsilonMin > epsilonStart) {
            problems.add(new ConfigurationProblem(settings.fullKey(DuelingDdqnProvider.EPSILON_MIN.name()),
                    String.valueOf(epsilonMin), "must be <= " + settings.fullKey(DuelingDdqnProvider.EPSILON_START.name())
                    + " (" + epsilonStart + ")"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new DdqnConfig(parseHiddenUnits(settings.get(DuelingDdqnProvider.HIDDEN_UNITS)),
                settings.get(DuelingDdqnProvider.LEARNING_RATE), settings.get(DuelingDdqnProvider.GAMMA), epsilonStart,
                settings.get(DuelingDdqnProvider.EPSILON_DECAY), epsilonMin,
                settings.get(DuelingDdqnProvider.BATCH_SIZE), settings.get(DuelingDdqnProvider.REPLAY_CAPACITY),
                settings.get(DuelingDdqnProvider.WARMUP_TRANSITIONS), settings.get(DuelingDdqnProvider.UPDATES_PER_STEP),
                settings.get(DuelingDdqnProvider.TARGET_SYNC), settings.get(DuelingDdqnProvider.TARGET_SYNC_PERIOD),
                settings.get(DuelingDdqnProvider.TARGET_TAU), settings.get(DuelingDdqnProvider.HUBER_DELTA),
                settings.get(DuelingDdqnProvider.GRADIENT_CLIP), settings.get(DuelingDdqnProvider.CHECKPOINT_REPLAY),
                settings.get(DuelingDdqnProvider.ENGINE), settings.get(DuelingDdqnProvider.ACT_BLOCK_ROWS));
    }

    /**
     * What a checkpoint must agree on to be restored into an agent with this configuration: every
     * hyper-parameter except the engine (both engines use the same arrays), whether checkpoints carry the
     * replay buffer and the acting block (neither changes what the agent has learned).
     */
    String checkpointKey() {
        return "hiddenUnits=" + hiddenUnits + ", learningRate=" + learningRate + ", gamma=" + gamma
                + ", epsilonStart=" + epsilonStart + ", epsilonDecay=" + epsilonDecay + ", epsilonMin=" + epsilonMin
                + ", batchSize=" + batchSize + ", replayCapacity=" + replayCapacity + ", warmupTransitions="
                + warmupTransitions + ", updatesPerStep=" + updatesPerStep + ", targetSync=" + targetSync
                + ", targetSyncPeriod=" + targetSyncPeriod + ", targetTau=" + targetTau + ", huberDelta=" + huberDelta
                + ", gradientClip=" + gradientClip;
    }

    /** True when {@code text} is 1 to 4 positive integers separated by commas. */
    static boolean validHiddenUnits(String text) {
        try {
            List<Integer> units = parseHiddenUnits(text);
            return units.size() >= 1 && units.size() <= 4 && units.stream().allMatch(u -> u >= 1 && u <= 65536);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<Integer> parseHiddenUnits(String text) {
        List<Integer> units = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            units.add(Integer.parseInt(part.trim()));
        }
        return units;
    }
}
