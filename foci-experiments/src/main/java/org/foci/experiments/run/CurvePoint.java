package org.foci.experiments.run;

/**
 * One training episode on the training curve.
 *
 * @param episode         1-based episode
 * @param epsilon         exploration rate during the episode (NaN if the agent has none)
 * @param meanCost        mean cost over device-steps
 * @param worstDeviceCost the worst device's mean cost
 * @param evalMeanCost    mean cost of the greedy evaluation after this episode, NaN if none ran
 * @param evalWorstCost   worst device's mean cost of that evaluation, NaN if none ran
 */
public record CurvePoint(int episode, double epsilon, double meanCost, double worstDeviceCost, double evalMeanCost,
                         double evalWorstCost) {
}
