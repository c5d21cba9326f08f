package org.foci.api.agent;

import java.util.Objects;
import org.foci.api.env.Scene;

/**
 * What agents decide from, for all devices at once.
 *
 * <p>Arrays are views owned by the caller, valid for the duration of the call; agents must not
 * keep or modify them (copy what must be kept, as a replay buffer does).
 *
 * @param features    M × {@link AgentSpec#observationSize()} floats, row-major: local observation
 *                    then augmenter features
 * @param actionMask  M × |A|, row-major; {@code true} where the action is allowed (the local
 *                    action always is)
 * @param scene       the environment's view of the decision point, for model-based agents; never
 *                    null
 */
public record Observations(float[] features, boolean[] actionMask, Scene scene) {

    public Observations {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(actionMask, "actionMask");
        Objects.requireNonNull(scene, "scene");
    }
}
