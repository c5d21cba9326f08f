package org.foci.env.scenario;

/**
 * One point of the DVFS curve (the paper's Fig. 5b/c): what a device at a battery level runs at and
 * what a fully local inference costs it.
 *
 * @param batteryFraction    b, in [0, 1]
 * @param frequencyRatio     f(b)
 * @param fullLocalLatencyMs latency of one fully local inference at f(b), ms
 * @param fullLocalEnergyMj  energy of one fully local inference at f(b), mJ
 * @param fullLocalCost      its QoS cost (no handover)
 */
public record DvfsPoint(double batteryFraction, double frequencyRatio, double fullLocalLatencyMs,
                        double fullLocalEnergyMj, double fullLocalCost) {
}
