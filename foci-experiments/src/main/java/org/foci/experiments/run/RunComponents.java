package org.foci.experiments.run;

import org.foci.api.agent.Agent;
import org.foci.api.agent.ObservationAugmenter;
import org.foci.api.env.Environment;

/**
 * Everything one run is made of, assembled from a configuration by {@link ComponentFactory}.
 *
 * @param environment the simulator
 * @param augmenter   the observation augmenter
 * @param agent       the decision maker
 * @param oracle      the shaping allocator the environment calls, timed
 * @param runtime     the runtime allocator the environment calls, timed
 */
public record RunComponents(Environment environment, ObservationAugmenter augmenter, Agent agent,
                            TimedAllocator oracle, TimedAllocator runtime) {
}
