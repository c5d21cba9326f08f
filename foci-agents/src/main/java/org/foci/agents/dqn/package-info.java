/**
 * The {@code dueling-ddqn} learner on deeplearning4j: the dueling Q-network with its aggregation
 * vertex and Huber loss, the shared replay buffer, exploration, target network and checkpoints.
 */
package org.foci.agents.dqn;
