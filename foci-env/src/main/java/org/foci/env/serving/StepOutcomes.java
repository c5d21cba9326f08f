package org.foci.env.serving;

import java.util.Arrays;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.EdgeOutcomes;

/**
 * What a step did for every device and edge, and both reward signals: the environment's
 * {@link DeviceOutcomes} and {@link EdgeOutcomes} views, overwritten every step. Not thread-safe.
 */
public final class StepOutcomes implements DeviceOutcomes, EdgeOutcomes {

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
    private final int[] load;
    private final double[] oracleValue;

    /** Arrays for M devices and N edges. */
    public StepOutcomes(int devices, int edges) {
        qosReward = new float[devices];
        oracleReward = new float[devices];
        cost = new double[devices];
        latencyS = new double[devices];
        energyJ = new double[devices];
        handover = new boolean[devices];
        deadlineMissed = new boolean[devices];
        rejected = new boolean[devices];
        servingEdge = new int[devices];
        partition = new int[devices];
        sms = new int[devices];
        load = new int[edges];
        oracleValue = new double[edges];
    }

    /** Zeroes everything, as after a reset. */
    public void clear() {
        Arrays.fill(qosReward, 0f);
        Arrays.fill(oracleReward, 0f);
        Arrays.fill(cost, 0.0);
        Arrays.fill(latencyS, 0.0);
        Arrays.fill(energyJ, 0.0);
        Arrays.fill(handover, false);
        Arrays.fill(deadlineMissed, false);
        Arrays.fill(rejected, false);
        Arrays.fill(servingEdge, 0);
        Arrays.fill(partition, 0);
        Arrays.fill(sms, 0);
        Arrays.fill(load, 0);
        Arrays.fill(oracleValue, 0.0);
    }

    /** Own QoS reward {@code R^m = -c^m}. */
    public float[] qosReward() {
        return qosReward;
    }

    /** The oracle-shaped reward: the serving edge's oracle value; the own QoS reward for a device that ran locally. */
    public float[] oracleReward() {
        return oracleReward;
    }

    @Override
    public double[] cost() {
        return cost;
    }

    @Override
    public double[] latencyS() {
        return latencyS;
    }

    @Override
    public double[] energyJ() {
        return energyJ;
    }

    @Override
    public boolean[] handover() {
        return handover;
    }

    @Override
    public boolean[] deadlineMissed() {
        return deadlineMissed;
    }

    @Override
    public boolean[] rejected() {
        return rejected;
    }

    @Override
    public int[] servingEdge() {
        return servingEdge;
    }

    @Override
    public int[] partition() {
        return partition;
    }

    @Override
    public int[] sms() {
        return sms;
    }

    @Override
    public int[] load() {
        return load;
    }

    @Override
    public double[] oracleValue() {
        return oracleValue;
    }
}
