package org.foci.experiments.tiny;

import java.util.Objects;
import org.foci.api.env.ActionSpace;
import org.foci.api.env.Environment;
import org.foci.api.env.EnvironmentSpec;
import org.foci.api.env.InvalidActionException;
import org.foci.api.env.Split;
import org.foci.api.env.StepBatch;

/**
 * A deliberately tiny environment that implements the core API only (no view): M devices and one edge
 * with L SMs. A device either runs locally at cost {@code c} or offloads; the n devices offloading in a
 * step share the edge and each pays {@code a + b·n/L}. The mean cost {@code (n(a + b·n/L) + (M − n)c)/M}
 * is smallest at {@code n* = (c − a)·L / (2b)} offloaders (closed form), while all-local and all-offload
 * (at the defaults) both cost {@code c}. Observations per device: its index over M − 1, the share of devices
 * that offloaded at the previous step, its own previous action, and t / T. Reward: minus the cost.
 * Deterministic and seed-independent.
 */
final class SharedEdgeEnvironment implements Environment {

    static final double LOCAL_COST = 1.0;
    static final double OFFLOAD_BASE = 0.1;
    static final double OFFLOAD_SLOPE = 0.9;
    private static final int FEATURES = 4;

    private final EnvironmentSpec spec;
    private final Batch batch;
    private final int[] previousAction;
    private int step;
    private boolean started;

    SharedEdgeEnvironment(int devices, int sms, int steps) {
        this.spec = new EnvironmentSpec(devices, 1, 1, sms, FEATURES, steps, 1.0);
        this.batch = new Batch(new float[devices * FEATURES], new boolean[devices * 2], new float[devices]);
        this.previousAction = new int[devices];
        java.util.Arrays.fill(batch.actionMask, true);
    }

    /** The mean cost when n devices offload. */
    static double meanCost(int devices, int sms, int n) {
        return (n * (OFFLOAD_BASE + OFFLOAD_SLOPE * n / sms) + (devices - n) * LOCAL_COST) / devices;
    }

    /** The closed-form best number of offloaders, rounded to a device count. */
    static int optimalOffloaders(int devices, int sms) {
        double n = (LOCAL_COST - OFFLOAD_BASE) * sms / (2 * OFFLOAD_SLOPE);
        return (int) Math.max(0, Math.min(devices, Math.round(n)));
    }

    @Override
    public EnvironmentSpec spec() {
        return spec;
    }

    @Override
    public StepBatch reset(long seed, Split split) {
        Objects.requireNonNull(split, "split");
        java.util.Arrays.fill(previousAction, ActionSpace.LOCAL);
        java.util.Arrays.fill(batch.rewards, 0f);
        step = 0;
        started = true;
        observe(0);
        return batch;
    }

    @Override
    public StepBatch step(int[] actions) {
        if (!started || step >= spec.stepsPerEpisode()) {
            throw new IllegalStateException("shared-edge: call reset before step, and again after truncation");
        }
        if (actions == null || actions.length != spec.deviceCount()) {
            throw new IllegalArgumentException("actions must have one entry per device (" + spec.deviceCount() + ")");
        }
        int offloading = 0;
        for (int m = 0; m < actions.length; m++) {
            if (actions[m] < 0 || actions[m] >= spec.actionCount()) {
                throw new InvalidActionException(m, actions[m], "must be 0 (local) or 1 (offload)");
            }
            offloading += actions[m];
        }
        double offloadCost = OFFLOAD_BASE + OFFLOAD_SLOPE * offloading / spec.smsPerEdge();
        for (int m = 0; m < actions.length; m++) {
            batch.rewards[m] = (float) -(actions[m] == ActionSpace.LOCAL ? LOCAL_COST : offloadCost);
            previousAction[m] = actions[m];
        }
        step++;
        observe((float) offloading / spec.deviceCount());
        return batch;
    }

    private void observe(float offloadShare) {
        int devices = spec.deviceCount();
        for (int m = 0; m < devices; m++) {
            int row = m * FEATURES;
            batch.observations[row] = devices == 1 ? 0f : (float) m / (devices - 1);
            batch.observations[row + 1] = offloadShare;
            batch.observations[row + 2] = previousAction[m];
            batch.observations[row + 3] = (float) step / spec.stepsPerEpisode();
        }
    }

    /** The core batch. */
    private final class Batch implements StepBatch {
        private final float[] observations;
        private final boolean[] actionMask;
        private final float[] rewards;

        Batch(float[] observations, boolean[] actionMask, float[] rewards) {
            this.observations = observations;
            this.actionMask = actionMask;
            this.rewards = rewards;
        }

        @Override
        public float[] observations() {
            return observations;
        }

        @Override
        public boolean[] actionMask() {
            return actionMask;
        }

        @Override
        public float[] rewards() {
            return rewards;
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public boolean truncated() {
            return step >= spec.stepsPerEpisode();
        }
    }
}
