package org.foci.api.agent;

import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.Scene;

/**
 * Adds features to every device's local observation, read from the environment's {@link Scene} view: mean-field
 * statistics of neighbours, edge records of potential competitors, or nothing.
 *
 * <p>Features are written into the caller's batch matrix at a column offset, so the local
 * observation and the augmentation form one row per device without copying:
 * {@code out[m·stride + offset + j]} for {@code j < featureCount(spec)}.
 *
 * <p>Deterministic (a function of the scene). Not required to be thread-safe.
 */
public interface ObservationAugmenter {

    /** Adds nothing: independent learners (IQL). */
    ObservationAugmenter NONE = new ObservationAugmenter() {
        @Override
        public int featureCount(EnvironmentSpec spec) {
            return 0;
        }

        @Override
        public void augment(Scene scene, float[] out, int offset, int stride) {
        }
    };

    /**
     * Features added per device for an environment of this shape.
     *
     * @param spec the environment's shape; never null
     * @return {@code >= 0}
     */
    int featureCount(EnvironmentSpec spec);

    /**
     * Writes every device's features.
     *
     * @param scene  the decision point; never null
     * @param out    the batch matrix, M rows of {@code stride} floats
     * @param offset the first column to write, {@code offset + featureCount <= stride}
     * @param stride floats per row
     * @throws IllegalArgumentException if the matrix is too small for the scene's devices
     */
    void augment(Scene scene, float[] out, int offset, int stride);
}
