package org.foci.experiments.run;

import org.foci.api.env.StepBatch;

/** Sees every step of an episode (metrics recorders). */
public interface StepListener {

    /** A listener that ignores everything. */
    StepListener NONE = new StepListener() {
        @Override
        public void onStep(StepBatch batch) {
        }
    };

    /** An episode starts. */
    default void beginEpisode(int deviceCount, int steps) {
    }

    /** A step happened; the batch is valid only during the call. */
    void onStep(StepBatch batch);

    /** The episode ended. */
    default void endEpisode() {
    }
}
