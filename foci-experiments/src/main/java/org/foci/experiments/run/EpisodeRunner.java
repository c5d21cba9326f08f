package org.foci.experiments.run;

import org.foci.api.agent.Agent;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.agent.Observations;
import org.foci.api.agent.Transition;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.InvalidActionException;
import org.foci.api.env.OracleParticipants;
import org.foci.api.env.RewardSignals;
import org.foci.api.env.Scene;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;
import org.foci.experiments.config.OracleRewardOver;
import org.foci.experiments.config.RewardMode;
import org.foci.experiments.guard.AugmenterCheck;
import org.foci.experiments.guard.PluginFault;
import org.foci.experiments.guard.PluginIdentity;
import org.foci.experiments.guard.RunPosition;

/**
 * Plays episodes: the data flow of ARCHITECTURE.md, one batched decision per step for all devices.
 *
 * <p>Observations are assembled into one matrix per step: each device's local observation, then
 * the augmenter's features. In training, every step becomes one {@link Transition} for the
 * learner with the environment's reward signal, which the runner selects once ({@link RewardSignals}).
 * Not thread-safe: one runner per run.
 */
public final class EpisodeRunner {

    private final Environment environment;
    private final ObservationAugmenter augmenter;
    private final Agent agent;
    private final RunClock clock;
    private final int localSize;
    private final int featureCount;
    private float[] features;
    private float[] nextFeatures;
    private final int[] actions;
    private final Scene scene;                              // null when the environment offers none
    private final DeviceOutcomes outcomes;                  // null when the environment offers none
    private final OracleParticipants greedyOracle;          // null unless the oracle value is over greedy devices
    private final boolean[] explored;
    private final boolean[] participants;
    private final RunPosition position;
    private final AugmenterCheck augmenterCheck;
    private final PluginIdentity agentId;

    /** A runner for greedy play (no learning), charging time to {@code clock}. */
    public EpisodeRunner(RunComponents components, RunClock clock) {
        this(components, clock, RewardMode.OWN_QOS, OracleRewardOver.ALL);
    }

    /**
     * A runner over a run's components, charging time to {@code clock}.
     *
     * @param reward           the reward signal the learner trains on; other than own QoS it needs an environment
     *                         that offers {@link RewardSignals}
     * @param oracleRewardOver whose costs set the oracle value while learning; {@code greedy} needs an environment
     *                         that offers {@link OracleParticipants} and is refused otherwise
     * @throws IllegalArgumentException naming the setting when the environment cannot give what it asks for
     */
    public EpisodeRunner(RunComponents components, RunClock clock, RewardMode reward,
                         OracleRewardOver oracleRewardOver) {
        this.environment = components.environment();
        this.augmenter = components.augmenter();
        this.agent = components.agent();
        this.clock = clock;
        EnvironmentSpec spec = environment.spec();
        this.localSize = spec.observationSize();
        this.featureCount = localSize + augmenter.featureCount(spec);
        this.features = new float[spec.deviceCount() * featureCount];
        this.nextFeatures = new float[spec.deviceCount() * featureCount];
        this.actions = new int[spec.deviceCount()];
        selectReward(environment, reward);
        this.scene = environment.view(Scene.class).orElse(null);
        this.outcomes = environment.view(DeviceOutcomes.class).orElse(null);
        if (featureCount > localSize && scene == null) {
            throw new IllegalArgumentException(components.augmenterId() + " adds features from the environment's "
                    + "Scene view, which " + environment.getClass().getName() + " does not offer");
        }
        if (oracleRewardOver == OracleRewardOver.GREEDY) {
            this.greedyOracle = environment.view(OracleParticipants.class).orElseThrow(() ->
                    new IllegalArgumentException("train.oracleRewardOver = greedy needs an environment whose oracle "
                            + "value can be restricted (the OracleParticipants view), but "
                            + environment.getClass().getName() + " does not offer it"));
            this.explored = new boolean[spec.deviceCount()];
            this.participants = new boolean[spec.deviceCount()];
        } else {
            this.greedyOracle = null;
            this.explored = null;
            this.participants = null;
        }
        this.position = components.position();
        this.agentId = components.agentId();
        this.augmenterCheck = new AugmenterCheck(components.augmenterId(), position, spec.deviceCount(), localSize,
                featureCount);
    }

    private static void selectReward(Environment environment, RewardMode reward) {
        java.util.Optional<RewardSignals> signals = environment.view(RewardSignals.class);
        if (signals.isPresent()) {
            if (!signals.get().names().contains(reward.signal())) {
                throw new IllegalArgumentException("train.reward = " + reward.signal() + ": "
                        + environment.getClass().getName() + " offers the reward signals " + signals.get().names());
            }
            signals.get().select(reward.signal());
        } else if (reward != RewardMode.OWN_QOS) {
            throw new IllegalArgumentException("train.reward = " + reward.signal() + " needs an environment with "
                    + "more than one reward signal (the RewardSignals view), but " + environment.getClass().getName()
                    + " has only its own");
        }
    }

    /** Where the run is; the caller names the episode, this runner the step. */
    public RunPosition position() {
        return position;
    }

    /** Features per device: local observation plus augmentation. */
    public int featureCount() {
        return featureCount;
    }

    /**
     * Plays one episode.
     *
     * @param seed     the episode's seed
     * @param split    training or held-out trajectories
     * @param learn    true to explore and learn (training), false for greedy evaluation
     * @param listener sees every step
     */
    public void play(long seed, Split split, boolean learn, StepListener listener) {
        long start = System.nanoTime();
        StepBatch batch = environment.reset(seed, split);
        clock.environmentNanos += System.nanoTime() - start;
        assemble(batch, features);
        listener.beginEpisode(environment.spec().deviceCount(), environment.spec().stepsPerEpisode());
        int step = 0;
        while (!batch.truncated()) {
            position.step(step++);
            start = System.nanoTime();
            try {
                agent.act(new Observations(features, batch.actionMask(), environment), learn, actions);
            } catch (RuntimeException e) {
                throw new PluginFault(agentId.toString(), position.describe(), "act threw " + e, e);
            }
            long acted = System.nanoTime();
            clock.agentNanos += acted - start;
            if (greedyOracle != null) {
                restrictOracleToGreedy(learn);
            }
            try {
                batch = environment.step(actions);
            } catch (InvalidActionException e) {
                // The environment checks every action against the range and the mask (its contract): the
                // agent chose it, so the agent is named.
                throw new PluginFault(agentId.toString(), position.describe(), e.getMessage()
                        + "; an agent must choose in-range actions that the action mask allows", e);
            }
            long stepped = System.nanoTime();
            clock.environmentNanos += stepped - acted;
            listener.onStep(batch, outcomes);
            assemble(batch, nextFeatures);
            if (learn) {
                long learning = System.nanoTime();
                agent.learn(new Transition(features, actions, batch.rewards(), nextFeatures, batch.actionMask(), false));
                clock.agentNanos += System.nanoTime() - learning;
            }
            float[] swap = features;
            features = nextFeatures;
            nextFeatures = swap;
        }
        if (learn) {
            start = System.nanoTime();
            agent.endEpisode();
            clock.agentNanos += System.nanoTime() - start;
        }
        listener.endEpisode();
    }

    /** While learning, only the devices that acted greedily set the oracle value; in evaluation every device. */
    private void restrictOracleToGreedy(boolean learn) {
        if (!learn) {
            greedyOracle.setOracleParticipants(null);
            return;
        }
        agent.lastExploration(explored);
        for (int m = 0; m < participants.length; m++) {
            participants[m] = !explored[m];
        }
        greedyOracle.setOracleParticipants(participants);
    }

    private void assemble(StepBatch batch, float[] out) {
        long start = System.nanoTime();
        float[] local = batch.observations();
        int devices = environment.spec().deviceCount();
        if (featureCount == localSize) {
            System.arraycopy(local, 0, out, 0, devices * localSize);
        } else {
            for (int m = 0; m < devices; m++) {
                System.arraycopy(local, m * localSize, out, m * featureCount, localSize);
            }
            augmenterCheck.before(out);
            try {
                augmenter.augment(scene, out, localSize, featureCount);
            } catch (RuntimeException e) {
                throw augmenterCheck.threw(e);
            }
            augmenterCheck.after(out);
        }
        clock.observationNanos += System.nanoTime() - start;
    }
}
