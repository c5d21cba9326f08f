package org.foci.experiments.run;

/**
 * One metric of an evaluation (MODEL.md §11).
 *
 * @param avg mean over all device-steps
 * @param max the worst device's mean (per episode, then averaged over episodes)
 * @param p99 99th percentile over all device-steps
 */
public record Stat(double avg, double max, double p99) {
}
