package org.foci.api.env;

/**
 * The encoding of a device's decision {@code A = (u, k)} as one action index (MODEL.md §9).
 *
 * <p>{@code a = 0} is fully local inference ({@code u = none, k = K}). An action {@code a >= 1}
 * offloads to edge {@code n = (a - 1) / K} (0-based) after running layers {@code 1..k} locally,
 * with {@code k = (a - 1) mod K} in {@code [0, K-1]}. So {@code |A| = N·K + 1}: 210 for the
 * paper's N = 11 edges and K = 19 layers. In the nearest-edge frame ({@link EnvironmentSpec#edgeSlots()}
 * {@code > 0}) "edge" here means the device's edge <em>slot</em>; {@link Scene#edgeInSlot} names the edge.
 * Immutable.
 *
 * @param edgeCount  N, {@code >= 0}
 * @param layerCount K, {@code >= 1}
 */
public record ActionSpace(int edgeCount, int layerCount) {

    /** The fully local action. */
    public static final int LOCAL = 0;

    /**
     * Checks the components' ranges (the messages name the component and the value).
     *
     * @param edgeCount  N, {@code >= 0}
     * @param layerCount K, {@code >= 1}
     */
    public ActionSpace {
        if (edgeCount < 0) {
            throw new IllegalArgumentException("edgeCount must be >= 0, but was " + edgeCount);
        }
        if (layerCount < 1) {
            throw new IllegalArgumentException("layerCount must be >= 1, but was " + layerCount);
        }
    }

    /** {@return number of actions, {@code N·K + 1}} */
    public int size() {
        return edgeCount * layerCount + 1;
    }

    /**
     * True for the fully local action.
     *
     * @param action an action index
     * @return true when {@code action} is {@link #LOCAL}
     */
    public static boolean isLocal(int action) {
        return action == LOCAL;
    }

    /**
     * The 0-based edge of an action, or -1 for local.
     *
     * @param action an action index of this space
     * @return its edge, or -1 for local
     */
    public int edgeOf(int action) {
        return action == LOCAL ? -1 : (action - 1) / layerCount;
    }

    /**
     * The partition point k: layers {@code 1..k} run on the device; {@code K} for local.
     *
     * @param action an action index of this space
     * @return its partition point
     */
    public int partitionOf(int action) {
        return action == LOCAL ? layerCount : (action - 1) % layerCount;
    }

    /**
     * The action offloading to {@code edge} after {@code partition} local layers.
     *
     * @param edge      the 0-based edge, in {@code [0, N-1]}
     * @param partition the local layers, in {@code [0, K-1]}
     * @return the action index
     * @throws IllegalArgumentException if {@code edge} or {@code partition} is out of range
     */
    public int encode(int edge, int partition) {
        if (edge < 0 || edge >= edgeCount) {
            throw new IllegalArgumentException("edge must be in [0, " + (edgeCount - 1) + "], but was " + edge);
        }
        if (partition < 0 || partition >= layerCount) {
            throw new IllegalArgumentException("partition must be in [0, " + (layerCount - 1) + "], but was "
                    + partition);
        }
        return 1 + edge * layerCount + partition;
    }

    /**
     * True when {@code action} is an index of this space.
     *
     * @param action any integer
     * @return true when {@code 0 <= action < size()}
     */
    public boolean contains(int action) {
        return action >= 0 && action < size();
    }
}
