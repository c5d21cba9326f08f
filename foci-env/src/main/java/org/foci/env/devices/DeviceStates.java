package org.foci.env.devices;

import java.util.Arrays;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.MobilityModel;
import org.foci.env.config.DeviceParameters;
import org.foci.api.random.SplitMix64;

/**
 * What the environment knows about each device at the decision point: position, battery, DVFS frequency,
 * and the memory of the previous step (serving edge, partition, action). Arrays of length M, shared with the
 * environment's other parts (they read, only this class writes). Not thread-safe.
 */
public final class DeviceStates {

    private final DeviceParameters device;
    private final int layers;
    private final double inferencesPerStep;
    private final double idleJoulesPerStep;
    private final double batteryCapacityJ;
    private final double[] x;
    private final double[] y;
    private final double[] batteryJ;
    private final double[] frequency;
    private final int[] previousServingEdge;
    private final int[] previousPartition;
    private final int[] previousAction;
    private final int[] previousChosenEdge;

    /**
     * @param devices           M
     * @param layers            K, the partition of a local run
     * @param device            battery and DVFS parameters
     * @param inferencesPerStep inferences a device runs per decision interval
     * @param stepSeconds       Δt
     */
    public DeviceStates(int devices, int layers, DeviceParameters device, double inferencesPerStep,
                        double stepSeconds) {
        this.device = device;
        this.layers = layers;
        this.inferencesPerStep = inferencesPerStep;
        this.idleJoulesPerStep = device.idlePowerW() * stepSeconds;
        this.batteryCapacityJ = device.batteryJ();
        x = new double[devices];
        y = new double[devices];
        batteryJ = new double[devices];
        frequency = new double[devices];
        previousServingEdge = new int[devices];
        previousPartition = new int[devices];
        previousAction = new int[devices];
        previousChosenEdge = new int[devices];
    }

    /** Draws the initial batteries from {@code batteryState}, takes the mobility's positions, forgets the past. */
    public void reset(long batteryState, MobilityModel mobility) {
        mobility.positions(x, y);
        double lo = device.initialBatteryMinWh() * 3600.0;
        double hi = device.initialBatteryMaxWh() * 3600.0;
        for (int m = 0; m < batteryJ.length; m++) {
            batteryState = SplitMix64.next(batteryState);
            batteryJ[m] = lo + (hi - lo) * SplitMix64.unit(SplitMix64.mix64(batteryState));
        }
        Arrays.fill(previousServingEdge, -1);
        Arrays.fill(previousPartition, layers);
        Arrays.fill(previousAction, ActionSpace.LOCAL);
        Arrays.fill(previousChosenEdge, -1);
    }

    /**
     * Closes a step: batteries drain by {@code inferences·E + P_idle·Δt} (never below 0), the step's serving
     * edges, partitions, actions and chosen edges become the previous ones, and the devices move one interval.
     */
    public void endStep(double[] energyJ, int[] servingEdge, int[] partition, int[] actions, int[] chosenEdge,
                        MobilityModel mobility) {
        for (int m = 0; m < batteryJ.length; m++) {
            batteryJ[m] = Math.max(0.0, batteryJ[m] - inferencesPerStep * energyJ[m] - idleJoulesPerStep);
            previousServingEdge[m] = servingEdge[m];
            previousPartition[m] = partition[m];
            previousAction[m] = actions[m];
            previousChosenEdge[m] = chosenEdge[m];
        }
        mobility.advance();
        mobility.positions(x, y);
    }

    /**
     * Updates device m's DVFS frequency from its battery (at a new decision point).
     *
     * @return the battery level as a fraction of capacity
     */
    public double updateFrequency(int m) {
        double b = batteryJ[m] / batteryCapacityJ;
        frequency[m] = device.frequencyRatio(b);
        return b;
    }

    /** Devices M. */
    public int count() {
        return x.length;
    }

    /** Positions, metres east of the area centre. */
    public double[] x() {
        return x;
    }

    /** Positions, metres north of the area centre. */
    public double[] y() {
        return y;
    }

    /** Battery levels, joules. */
    public double[] batteryJ() {
        return batteryJ;
    }

    /** DVFS frequency ratios of the decision point. */
    public double[] frequency() {
        return frequency;
    }

    /** The edge that served each device at the previous step, -1 when local. */
    public int[] previousServingEdge() {
        return previousServingEdge;
    }

    /** The partition each device executed at the previous step (K when local). */
    public int[] previousPartition() {
        return previousPartition;
    }

    /** The action each device took at the previous step. */
    public int[] previousAction() {
        return previousAction;
    }

    /** The edge each device asked for at the previous step (served or refused), -1 when local. */
    public int[] previousChosenEdge() {
        return previousChosenEdge;
    }

    /** Whether device m changes edge by being served at n now. */
    public boolean handsOver(int m, int n) {
        return previousServingEdge[m] >= 0 && previousServingEdge[m] != n;
    }
}
