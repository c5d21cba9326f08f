package org.foci.api.env;

import java.util.Objects;

/**
 * The batch result of {@code reset} or {@code step}: observations, action masks, rewards and the
 * per-device outcome of the step, for all M devices at once, in primitive arrays.
 *
 * <p>Follows PettingZoo's parallel API (observations, rewards, truncation, infos, action masks)
 * laid out for a batched learner: per-device arrays have one entry per device; matrices are
 * row-major with one row per device ({@code observations[m·O + j]},
 * {@code actionMask[m·|A| + a]}).
 *
 * <p><b>Ownership.</b> The environment owns the batch and overwrites it on the next
 * {@code step} or {@code reset}: the arrays are views, read them (or copy them) before stepping
 * again, and do not modify them. After {@code reset} the per-step outcome arrays are zero and
 * only observations and masks are meaningful. Not thread-safe.
 *
 * <p>There are no terminal states: an episode ends by time limit, reported as
 * {@link #truncated()} after T steps.
 */
public final class StepBatch {

    private final EnvironmentSpec spec;
    private final float[] observations;
    private final boolean[] actionMask;
    private final float[] qosReward;
    private final float[] oracleReward;
    private final double[] cost;
    private final double[] latencyS;
    private final double[] energyJ;
    private final boolean[] handover;
    private final boolean[] deadlineMissed;
    private final boolean[] rejected;
    private final int[] servingEdge;
    private final int[] partition;
    private final int[] sms;
    private final int[] edgeLoad;
    private final double[] edgeOracleValue;
    private int step;
    private boolean truncated;

    /** Allocates the arrays for an environment's shape. */
    public StepBatch(EnvironmentSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        int m = spec.deviceCount();
        observations = new float[m * spec.observationSize()];
        actionMask = new boolean[m * spec.actionCount()];
        qosReward = new float[m];
        oracleReward = new float[m];
        cost = new double[m];
        latencyS = new double[m];
        energyJ = new double[m];
        handover = new boolean[m];
        deadlineMissed = new boolean[m];
        rejected = new boolean[m];
        servingEdge = new int[m];
        partition = new int[m];
        sms = new int[m];
        edgeLoad = new int[spec.edgeCount()];
        edgeOracleValue = new double[spec.edgeCount()];
    }

    /** The shape. */
    public EnvironmentSpec spec() {
        return spec;
    }

    /** Local observations, M × {@link EnvironmentSpec#observationSize()}, row-major. */
    public float[] observations() {
        return observations;
    }

    /** Allowed actions for the next decision, M × |A|, row-major; the local action is always allowed. */
    public boolean[] actionMask() {
        return actionMask;
    }

    /** Own QoS reward {@code R^m = -c^m} of the step. */
    public float[] qosReward() {
        return qosReward;
    }

    /**
     * Oracle-shaped reward: for a device admitted at edge n, the edge's oracle value
     * {@link #edgeOracleValue()}; for a device that ran locally, its own QoS reward.
     */
    public float[] oracleReward() {
        return oracleReward;
    }

    /** QoS cost c of the step per device (lower is better; MODEL.md §7). */
    public double[] cost() {
        return cost;
    }

    /** Per-inference latency D, seconds. */
    public double[] latencyS() {
        return latencyS;
    }

    /** Per-inference device energy E, joules. */
    public double[] energyJ() {
        return energyJ;
    }

    /** True when the device was served by an edge and by a different edge the step before. */
    public boolean[] handover() {
        return handover;
    }

    /** True when the latency exceeded the constraint D^st. */
    public boolean[] deadlineMissed() {
        return deadlineMissed;
    }

    /** True when the device asked for an edge that was full and ran locally instead. */
    public boolean[] rejected() {
        return rejected;
    }

    /** The edge that served the device this step, or -1 when it ran locally. */
    public int[] servingEdge() {
        return servingEdge;
    }

    /** The partition point executed: K when local (also after a rejection). */
    public int[] partition() {
        return partition;
    }

    /** SMs granted by the runtime allocator, 0 when local. */
    public int[] sms() {
        return sms;
    }

    /** Devices admitted per edge this step, length N. */
    public int[] edgeLoad() {
        return edgeLoad;
    }

    /**
     * The oracle value {@code R_n^*} per edge (a reward: minus the worst cost under the shaping
     * allocator's allocation), or NaN for an edge with no device. Length N.
     */
    public double[] edgeOracleValue() {
        return edgeOracleValue;
    }

    /** Decisions taken so far in this episode: 0 after reset. */
    public int step() {
        return step;
    }

    /** True once the episode has reached its time limit T. */
    public boolean truncated() {
        return truncated;
    }

    /** Sets the step counter and truncation flag; for environment implementations. */
    public void setProgress(int step, boolean truncated) {
        this.step = step;
        this.truncated = truncated;
    }
}
