package org.foci.experiments.run;

import org.foci.api.agent.Agent;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.Environment;
import org.foci.experiments.guard.PluginIdentity;
import org.foci.experiments.guard.RunPosition;

/**
 * Everything one run is made of, assembled from a configuration by {@link ComponentFactory}.
 *
 * @param environment the simulator
 * @param augmenter   the observation augmenter
 * @param agent       the decision maker
 * @param oracle      the shaping allocator the environment calls, timed
 * @param runtime     the runtime allocator the environment calls, timed
 * @param position    where the run is, for messages about a plug-in that broke its contract
 * @param augmenterId the augmenter as such messages name it
 * @param agentId     the agent as such messages name it
 */
public record RunComponents(Environment environment, ObservationAugmenter augmenter, Agent agent,
                            TimedAllocator oracle, TimedAllocator runtime, RunPosition position,
                            PluginIdentity augmenterId, PluginIdentity agentId) {
}
