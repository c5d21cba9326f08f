package org.foci.api.env;

/**
 * The fixed shape of an environment: sizes of the batch arrays and of the action space.
 *
 * @param deviceCount      M, {@code >= 1}
 * @param edgeCount        N, {@code >= 0}
 * @param layerCount       K, the partition points of the inference model, {@code >= 1}
 * @param smsPerEdge       L, SMs of each edge, {@code >= 1}
 * @param observationSize  features of one device's local observation, {@code >= 0}
 * @param stepsPerEpisode  T, decisions per episode, {@code >= 1}
 * @param stepSeconds      Δt, simulated seconds per decision, {@code > 0}
 */
public record EnvironmentSpec(int deviceCount, int edgeCount, int layerCount, int smsPerEdge, int observationSize,
                              int stepsPerEpisode, double stepSeconds) {

    /**
     * Checks the components' ranges (the messages name the component and the value).
     *
     * @param deviceCount     M, {@code >= 1}
     * @param edgeCount       N, {@code >= 0}
     * @param layerCount      K, the partition points of the inference model, {@code >= 1}
     * @param smsPerEdge      L, SMs of each edge, {@code >= 1}
     * @param observationSize features of one device's local observation, {@code >= 0}
     * @param stepsPerEpisode T, decisions per episode, {@code >= 1}
     * @param stepSeconds     Δt, simulated seconds per decision, {@code > 0}
     */
    public EnvironmentSpec {
        requireAtLeast("deviceCount", deviceCount, 1);
        requireAtLeast("edgeCount", edgeCount, 0);
        requireAtLeast("layerCount", layerCount, 1);
        requireAtLeast("smsPerEdge", smsPerEdge, 1);
        requireAtLeast("observationSize", observationSize, 0);
        requireAtLeast("stepsPerEpisode", stepsPerEpisode, 1);
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("stepSeconds must be finite and > 0, but was " + stepSeconds);
        }
    }

    /** {@return the action encoding} */
    public ActionSpace actionSpace() {
        return new ActionSpace(edgeCount, layerCount);
    }

    /** {@return {@code |A| = N·K + 1}} */
    public int actionCount() {
        return edgeCount * layerCount + 1;
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", but was " + value);
        }
    }
}
