package org.foci.api.env;

/**
 * The fixed shape of an environment: sizes of the batch arrays and of the action space.
 *
 * <p><b>Action frames.</b> In the paper's <em>global frame</em> ({@code edgeSlots = 0}) an action names
 * any of the N edges by its index, so |A| = N·K + 1 grows with the number of edges. In the
 * <em>nearest-edge frame</em> ({@code edgeSlots = S > 0}) an action names one of S <em>slots</em>: slot s
 * of device m is the (s+1)-th nearest edge within r_p of m at the current decision point (ties by edge
 * index), empty when fewer edges are in range; |A| = S·K + 1 whatever N is, which keeps a device's
 * action space, observation and learner cost constant as a city grows. {@link Scene#edgeInSlot} and
 * {@link Scene#slotOfEdge} translate between slots and edges; in the global frame slot n is edge n.
 *
 * @param deviceCount      M, {@code >= 1}
 * @param edgeCount        N, {@code >= 0}
 * @param layerCount       K, the partition points of the inference model, {@code >= 1}
 * @param smsPerEdge       L, SMs of each edge, {@code >= 1}
 * @param observationSize  features of one device's local observation, {@code >= 0}
 * @param stepsPerEpisode  T, decisions per episode, {@code >= 1}
 * @param stepSeconds      Δt, simulated seconds per decision, {@code > 0}
 * @param edgeSlots        S, the slots of the nearest-edge frame; 0 for the global frame, {@code >= 0}
 */
public record EnvironmentSpec(int deviceCount, int edgeCount, int layerCount, int smsPerEdge, int observationSize,
                              int stepsPerEpisode, double stepSeconds, int edgeSlots) {

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
     * @param edgeSlots       S, the slots of the nearest-edge frame; 0 for the global frame
     */
    public EnvironmentSpec {
        requireAtLeast("deviceCount", deviceCount, 1);
        requireAtLeast("edgeCount", edgeCount, 0);
        requireAtLeast("layerCount", layerCount, 1);
        requireAtLeast("smsPerEdge", smsPerEdge, 1);
        requireAtLeast("observationSize", observationSize, 0);
        requireAtLeast("stepsPerEpisode", stepsPerEpisode, 1);
        requireAtLeast("edgeSlots", edgeSlots, 0);
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("stepSeconds must be finite and > 0, but was " + stepSeconds);
        }
    }

    /**
     * A shape in the paper's global frame ({@code edgeSlots = 0}).
     *
     * @param deviceCount     M, {@code >= 1}
     * @param edgeCount       N, {@code >= 0}
     * @param layerCount      K, the partition points of the inference model, {@code >= 1}
     * @param smsPerEdge      L, SMs of each edge, {@code >= 1}
     * @param observationSize features of one device's local observation, {@code >= 0}
     * @param stepsPerEpisode T, decisions per episode, {@code >= 1}
     * @param stepSeconds     Δt, simulated seconds per decision, {@code > 0}
     */
    public EnvironmentSpec(int deviceCount, int edgeCount, int layerCount, int smsPerEdge, int observationSize,
                           int stepsPerEpisode, double stepSeconds) {
        this(deviceCount, edgeCount, layerCount, smsPerEdge, observationSize, stepsPerEpisode, stepSeconds, 0);
    }

    /** {@return true in the nearest-edge frame ({@code edgeSlots > 0}), false in the global frame} */
    public boolean nearestEdgeFrame() {
        return edgeSlots > 0;
    }

    /** {@return the slots an action can name: S in the nearest-edge frame, N in the global frame} */
    public int slotCount() {
        return edgeSlots > 0 ? edgeSlots : edgeCount;
    }

    /** {@return the action encoding, over {@link #slotCount()} slots} */
    public ActionSpace actionSpace() {
        return new ActionSpace(slotCount(), layerCount);
    }

    /** {@return {@code |A| = slots·K + 1}: N·K + 1 in the global frame, S·K + 1 in the nearest-edge frame} */
    public int actionCount() {
        return slotCount() * layerCount + 1;
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", but was " + value);
        }
    }
}
