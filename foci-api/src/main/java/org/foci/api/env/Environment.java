package org.foci.api.env;

/**
 * A multi-device, multi-edge collaborative-inference simulator with a batched, parallel
 * multi-agent interface (PettingZoo's parallel API, arrays instead of dictionaries).
 *
 * <pre>{@code
 * StepBatch batch = env.reset(seed, Split.TRAIN);
 * while (!batch.truncated()) {
 *     choose(batch.observations(), batch.actionMask(), env.scene(), actions);
 *     batch = env.step(actions);
 * }
 * }</pre>
 *
 * <p>Deterministic: the same seed, split and actions give bit-identical batches. Not thread-safe;
 * run one environment per thread.
 */
public interface Environment {

    /** The fixed shape of batches and actions. */
    EnvironmentSpec spec();

    /**
     * Starts an episode.
     *
     * @param seed  the episode's seed (device placement, batteries, admission order)
     * @param split which trajectories devices follow
     * @return observations and masks of the first decision (outcome arrays zero)
     */
    StepBatch reset(long seed, Split split);

    /**
     * Applies one decision per device and advances one interval.
     *
     * @param actions one action per device ({@code length == M}), each allowed by the last mask
     * @return the outcome of the step and the observations and masks of the next decision
     * @throws InvalidActionException naming the device and action when an action is out of range or
     *                                masked (actions are never silently clipped)
     * @throws IllegalStateException  before {@link #reset} or after the episode was truncated
     */
    StepBatch step(int[] actions);

    /** A view of the current decision point, for augmenters and model-based agents. */
    Scene scene();
}
