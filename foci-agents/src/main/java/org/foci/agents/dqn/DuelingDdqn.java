package org.foci.agents.dqn;

import java.util.Objects;
import org.foci.api.Settings;
import org.foci.api.agent.Agent;
import org.foci.api.agent.AgentSpec;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.EnvironmentSpec;

/**
 * The paper's learner in one line: a {@code dueling-ddqn} agent for an environment's spec, built as
 * the command line builds it ({@link DuelingDdqnProvider}).
 *
 * <pre>{@code
 * Agent agent = DuelingDdqn.agent(env.spec(), seed);                                    // the paper's hyper-parameters
 * Agent tuned = DuelingDdqn.agent(env.spec(), seed, Settings.of("learningRate", 3e-4)); // the provider's keys
 * }</pre>
 *
 * <p>The agent acts on the environment's observations as they are; with an {@link ObservationAugmenter}
 * (mean-field or competitor-aware features) use the overload that takes it, so that the network's input
 * is the observation plus the augmenter's columns.
 */
public final class DuelingDdqn {

    private DuelingDdqn() {
    }

    /**
     * A learner with the paper's hyper-parameters for every device of {@code env}.
     *
     * @param env  the environment's sizes (devices, observation length, actions); never null
     * @param seed the seed of the network's initial weights, exploration and replay sampling
     * @return a new agent
     */
    public static Agent agent(EnvironmentSpec env, long seed) {
        return agent(env, seed, Settings.empty());
    }

    /**
     * A learner for every device of {@code env}.
     *
     * @param env      the environment's sizes (devices, observation length, actions); never null
     * @param seed     the seed of the network's initial weights, exploration and replay sampling
     * @param settings the provider's keys, unscoped ({@code learningRate}, {@code gamma}, …; see
     *                 {@link DuelingDdqnProvider#KEYS}); never null
     * @return a new agent
     * @throws org.foci.api.ConfigurationException listing unknown keys and invalid values
     */
    public static Agent agent(EnvironmentSpec env, long seed, Settings settings) {
        return agent(env, ObservationAugmenter.NONE, seed, settings);
    }

    /**
     * A learner for every device of {@code env} whose observations {@code augmenter} extends.
     *
     * @param env       the environment's sizes (devices, observation length, actions); never null
     * @param augmenter the augmenter whose columns follow the observation in the network's input; never null
     * @param seed      the seed of the network's initial weights, exploration and replay sampling
     * @param settings  the provider's keys, unscoped; never null
     * @return a new agent
     * @throws org.foci.api.ConfigurationException listing unknown keys and invalid values
     */
    public static Agent agent(EnvironmentSpec env, ObservationAugmenter augmenter, long seed, Settings settings) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(augmenter, "augmenter");
        Objects.requireNonNull(settings, "settings");
        int features = env.observationSize() + augmenter.featureCount(env);
        return new DuelingDdqnProvider().create(settings, new AgentSpec(env.deviceCount(), features,
                env.actionCount(), seed));
    }
}
