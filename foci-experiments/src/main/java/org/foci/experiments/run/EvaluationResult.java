package org.foci.experiments.run;

/**
 * The metrics of a greedy evaluation on held-out episodes (MODEL.md §11).
 *
 * @param episodes               evaluation episodes
 * @param devices                devices per episode
 * @param latencyMs              per-inference latency, ms
 * @param energyMj               per-inference device energy, mJ
 * @param cost                   QoS cost (the paper's "reward", lower is better)
 * @param switchesPerDevice      handovers per device per episode
 * @param deadlineMissRate       share of device-steps over the latency constraint
 * @param rejectionsPerEpisode   admissions refused by full edges, per episode
 * @param offloadShare           share of device-steps served by an edge
 * @param jainIndex              Jain's fairness index of per-device mean cost (mean over episodes)
 * @param perDeviceLatencyMs     each device's mean latency in each episode (episodes × devices)
 * @param perDeviceEnergyMj      each device's mean energy in each episode
 * @param perDeviceCost          each device's mean cost in each episode
 * @param switchShareByStep      share of devices handing over at each step, mean over episodes
 */
public record EvaluationResult(int episodes, int devices, Stat latencyMs, Stat energyMj, Stat cost,
                               double switchesPerDevice, double deadlineMissRate, double rejectionsPerEpisode,
                               double offloadShare, double jainIndex, double[] perDeviceLatencyMs,
                               double[] perDeviceEnergyMj, double[] perDeviceCost, double[] switchShareByStep) {
}
