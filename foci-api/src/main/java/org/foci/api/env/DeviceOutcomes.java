package org.foci.api.env;

/**
 * An optional view ({@link ViewSource#view}): what the latest step did for each device, in arrays of
 * length M that the environment overwrites on every {@code step} (zero after {@code reset}). Read them
 * before stepping again; do not modify them.
 */
public interface DeviceOutcomes {

    /** QoS cost c of the step per device (lower is better). */
    double[] cost();

    /** Per-inference latency, seconds. */
    double[] latencyS();

    /** Per-inference device energy, joules. */
    double[] energyJ();

    /** True when the device was served by an edge and by a different edge the step before. */
    boolean[] handover();

    /** True when the latency exceeded the device's deadline. */
    boolean[] deadlineMissed();

    /** True when the device asked for an edge that was full and ran locally instead. */
    boolean[] rejected();

    /** The edge that served the device this step, or -1 when it ran locally. */
    int[] servingEdge();

    /** The partition point executed: K when local (also after a rejection). */
    int[] partition();

    /** SMs granted at the serving edge, 0 when local. */
    int[] sms();
}
