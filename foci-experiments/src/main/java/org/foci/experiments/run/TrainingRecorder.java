package org.foci.experiments.run;

import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.StepBatch;

/**
 * Follows a training episode for the training curve: mean cost over device-steps and the worst
 * device's mean cost (the quantities the paper's max-min objective is about). Without the environment's
 * {@link DeviceOutcomes} the cost is minus the reward.
 */
public final class TrainingRecorder implements StepListener {

    private double[] costSum = new double[0];
    private int steps;
    private double meanCost;
    private double worstDeviceCost;

    @Override
    public void beginEpisode(int deviceCount, int stepsPerEpisode) {
        if (costSum.length != deviceCount) {
            costSum = new double[deviceCount];
        } else {
            java.util.Arrays.fill(costSum, 0);
        }
        steps = 0;
    }

    @Override
    public void onStep(StepBatch batch, DeviceOutcomes outcomes) {
        if (outcomes != null) {
            double[] cost = outcomes.cost();
            for (int m = 0; m < costSum.length; m++) {
                costSum[m] += cost[m];
            }
        } else {
            float[] reward = batch.rewards();
            for (int m = 0; m < costSum.length; m++) {
                costSum[m] -= reward[m];
            }
        }
        steps++;
    }

    @Override
    public void endEpisode() {
        double sum = 0;
        double worst = 0;
        for (double c : costSum) {
            sum += c;
            worst = Math.max(worst, c);
        }
        meanCost = sum / costSum.length / steps;
        worstDeviceCost = worst / steps;
    }

    /** Mean cost of the last episode over device-steps. */
    public double meanCost() {
        return meanCost;
    }

    /** The worst device's mean cost in the last episode. */
    public double worstDeviceCost() {
        return worstDeviceCost;
    }
}
