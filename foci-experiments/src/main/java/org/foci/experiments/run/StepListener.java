package org.foci.experiments.run;

import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.StepBatch;

/** Sees every step of an episode (metrics recorders). */
public interface StepListener {

    /** A listener that ignores everything. */
    StepListener NONE = new StepListener() {
        @Override
        public void onStep(StepBatch batch, DeviceOutcomes outcomes) {
        }
    };

    /** An episode starts. */
    default void beginEpisode(int deviceCount, int steps) {
    }

    /**
     * A step happened; the arguments are valid only during the call.
     *
     * @param batch    the step's core result
     * @param outcomes the step's per-device outcomes, or {@code null} when the environment offers none
     */
    void onStep(StepBatch batch, DeviceOutcomes outcomes);

    /** The episode ended. */
    default void endEpisode() {
    }
}
