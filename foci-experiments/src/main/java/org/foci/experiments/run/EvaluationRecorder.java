package org.foci.experiments.run;

import java.util.Arrays;
import org.foci.api.env.DeviceOutcomes;
import org.foci.api.env.StepBatch;

/**
 * Accumulates the metrics of evaluation episodes, step by step, on primitive arrays.
 * Call {@link #result()} after the last episode. Without the environment's {@link DeviceOutcomes} the cost
 * is minus the reward and every other metric is NaN (not measured). Not thread-safe.
 */
public final class EvaluationRecorder implements StepListener {

    private int devices;
    private int steps;
    private int episodes;
    private int stepInEpisode;
    private double[] latencySum;
    private double[] energySum;
    private double[] costSum;
    private long handovers;
    private long deadlineMisses;
    private long rejections;
    private long offloads;
    private long deviceSteps;
    private double worstLatencySum;
    private double worstEnergySum;
    private double worstCostSum;
    private double jainSum;
    private double[] switchesByStep;
    /** Whether a step came without per-device outcomes: counts are then NaN. */
    private boolean unmeasured;
    private final DoubleList latencies = new DoubleList();
    private final DoubleList energies = new DoubleList();
    private final DoubleList costs = new DoubleList();
    private final DoubleList deviceLatency = new DoubleList();
    private final DoubleList deviceEnergy = new DoubleList();
    private final DoubleList deviceCost = new DoubleList();

    @Override
    public void beginEpisode(int deviceCount, int stepsPerEpisode) {
        if (episodes == 0) {
            devices = deviceCount;
            steps = stepsPerEpisode;
            latencySum = new double[devices];
            energySum = new double[devices];
            costSum = new double[devices];
            switchesByStep = new double[steps];
        } else if (deviceCount != devices || stepsPerEpisode != steps) {
            throw new IllegalStateException("all evaluation episodes must have one shape");
        }
        Arrays.fill(latencySum, 0);
        Arrays.fill(energySum, 0);
        Arrays.fill(costSum, 0);
        stepInEpisode = 0;
    }

    @Override
    public void onStep(StepBatch batch, DeviceOutcomes outcomes) {
        if (outcomes == null) {
            onRewardsOnly(batch.rewards());
            return;
        }
        double[] latency = outcomes.latencyS();
        double[] energy = outcomes.energyJ();
        double[] cost = outcomes.cost();
        int switched = 0;
        for (int m = 0; m < devices; m++) {
            latencySum[m] += latency[m];
            energySum[m] += energy[m];
            costSum[m] += cost[m];
            latencies.add(latency[m]);
            energies.add(energy[m]);
            costs.add(cost[m]);
            if (outcomes.handover()[m]) {
                switched++;
            }
            if (outcomes.deadlineMissed()[m]) {
                deadlineMisses++;
            }
            if (outcomes.rejected()[m]) {
                rejections++;
            }
            if (outcomes.servingEdge()[m] >= 0) {
                offloads++;
            }
        }
        handovers += switched;
        switchesByStep[stepInEpisode++] += (double) switched / devices;
        deviceSteps += devices;
    }

    /** A step of an environment that reports rewards only: the cost is minus the reward, the rest unmeasured. */
    private void onRewardsOnly(float[] rewards) {
        unmeasured = true;
        for (int m = 0; m < devices; m++) {
            double cost = -rewards[m];
            latencySum[m] = Double.NaN;
            energySum[m] = Double.NaN;
            costSum[m] += cost;
            latencies.add(Double.NaN);
            energies.add(Double.NaN);
            costs.add(cost);
        }
        switchesByStep[stepInEpisode++] = Double.NaN;
        deviceSteps += devices;
    }

    @Override
    public void endEpisode() {
        double worstLatency = 0;
        double worstEnergy = 0;
        double worstCost = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int m = 0; m < devices; m++) {
            double meanLatency = latencySum[m] / stepInEpisode;
            double meanEnergy = energySum[m] / stepInEpisode;
            double meanCost = costSum[m] / stepInEpisode;
            deviceLatency.add(meanLatency * 1e3);
            deviceEnergy.add(meanEnergy * 1e3);
            deviceCost.add(meanCost);
            worstLatency = Math.max(worstLatency, meanLatency);
            worstEnergy = Math.max(worstEnergy, meanEnergy);
            worstCost = Math.max(worstCost, meanCost);
            sum += meanCost;
            sumSquares += meanCost * meanCost;
        }
        worstLatencySum += worstLatency;
        worstEnergySum += worstEnergy;
        worstCostSum += worstCost;
        jainSum += sumSquares == 0 ? 1 : sum * sum / (devices * sumSquares);
        episodes++;
    }

    /** The metrics of every episode recorded so far. */
    public EvaluationResult result() {
        if (episodes == 0) {
            throw new IllegalStateException("no evaluation episode was recorded");
        }
        double[] switchShare = switchesByStep.clone();
        for (int t = 0; t < switchShare.length; t++) {
            switchShare[t] /= episodes;
        }
        return new EvaluationResult(episodes, devices,
                stat(latencies, worstLatencySum, 1e3), stat(energies, worstEnergySum, 1e3), stat(costs, worstCostSum, 1),
                unmeasured ? Double.NaN : (double) handovers / devices / episodes,
                unmeasured ? Double.NaN : (double) deadlineMisses / deviceSteps,
                unmeasured ? Double.NaN : (double) rejections / episodes,
                unmeasured ? Double.NaN : (double) offloads / deviceSteps, jainSum / episodes,
                deviceLatency.toArray(), deviceEnergy.toArray(), deviceCost.toArray(), switchShare);
    }

    private Stat stat(DoubleList values, double worstSum, double scale) {
        return new Stat(values.mean() * scale, worstSum / episodes * scale, values.percentile(0.99) * scale);
    }

    /** A growable array of doubles. */
    static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double mean() {
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return sum / size;
        }

        /** The q-quantile by the nearest-rank method. */
        double percentile(double q) {
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(q * size);
            return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
