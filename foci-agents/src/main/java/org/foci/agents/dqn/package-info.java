/**
 * The {@code dueling-ddqn} learner on deeplearning4j: the dueling Q-network with its aggregation
 * vertex and Huber loss, the shared replay buffer, exploration, target network and checkpoints.
 *
 * <p>Used alone as a library, {@link org.foci.agents.dqn.DuelingDdqn} makes the learner for an environment
 * in one line, as the {@code dueling-ddqn} provider does:
 * <pre>{@code
 * Agent agent = DuelingDdqn.agent(env.spec(), seed);
 * Agent tuned = DuelingDdqn.agent(env.spec(), seed, Settings.of("learningRate", 3e-4, "gamma", 0.9));
 * }</pre>
 */
package org.foci.agents.dqn;
