package org.foci.api.agent;

import java.util.Objects;
import org.foci.api.env.ViewSource;

/**
 * What agents decide from, for all devices at once.
 *
 * <p>Arrays are views owned by the caller, valid for the duration of the call; agents must not
 * keep or modify them (copy what must be kept, as a replay buffer does).
 *
 * @param features    M × {@link AgentSpec#observationSize()} floats, row-major: local observation
 *                    then augmenter features
 * @param actionMask  M × |A|, row-major; {@code true} where the action is allowed
 * @param views       the environment's optional views (scene, cost model, ...), for model-based agents;
 *                    never null ({@link ViewSource#NONE} when there are none)
 */
public record Observations(float[] features, boolean[] actionMask, ViewSource views) {

    /**
     * Checks that every component is present (arrays are not copied).
     *
     * @param features   M × {@link AgentSpec#observationSize()} floats, row-major: local observation then augmenter
     *                   features
     * @param actionMask M × |A|, row-major; {@code true} where the action is allowed
     * @param views      the environment's optional views (scene, cost model, ...), for model-based agents; never null
     *                   ({@link ViewSource#NONE} when there are none)
     */
    public Observations {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(actionMask, "actionMask");
        Objects.requireNonNull(views, "views");
    }
}
