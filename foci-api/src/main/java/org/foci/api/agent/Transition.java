package org.foci.api.agent;

import java.util.Objects;

/**
 * One environment step seen by a learner, for all M devices at once: {@code (o, a, r, o', mask')}.
 *
 * <p>Arrays are views owned by the caller, valid for the duration of {@link Agent#learn}; a learner
 * copies what it keeps.
 *
 * @param observations      M × F features at the decision
 * @param actions           M actions taken
 * @param rewards           M training rewards (own QoS or oracle-shaped, chosen by the method)
 * @param nextObservations  M × F features at the next decision
 * @param nextActionMask    M × |A| mask of the next decision (for masked bootstrap targets)
 * @param terminal          true when the next state is terminal (no bootstrap). The FOCI
 *                          environment has none: its episodes end by time limit, which is not
 *                          terminal
 */
public record Transition(float[] observations, int[] actions, float[] rewards, float[] nextObservations,
                         boolean[] nextActionMask, boolean terminal) {

    /**
     * Checks that every array is present (arrays are not copied).
     *
     * @param observations     M × F features at the decision
     * @param actions          M actions taken
     * @param rewards          M training rewards (own QoS or oracle-shaped, chosen by the method)
     * @param nextObservations M × F features at the next decision
     * @param nextActionMask   M × |A| mask of the next decision (for masked bootstrap targets)
     * @param terminal         true when the next state is terminal (no bootstrap). The FOCI environment has none: its
     *                         episodes end by time limit, which is not terminal
     */
    public Transition {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(rewards, "rewards");
        Objects.requireNonNull(nextObservations, "nextObservations");
        Objects.requireNonNull(nextActionMask, "nextActionMask");
        if (rewards.length != actions.length) {
            throw new IllegalArgumentException("rewards and actions must have one entry per device, but had "
                    + rewards.length + " and " + actions.length);
        }
    }
}
