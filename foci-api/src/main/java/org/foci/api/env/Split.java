package org.foci.api.env;

/**
 * Which trajectories an episode draws from: training and evaluation use disjoint trips, so that
 * evaluation is on held-out movement.
 */
public enum Split {
    /** Trajectories for learning. */
    TRAIN,
    /** Held-out trajectories, never seen in training. */
    EVALUATION
}
