package org.foci.api.env;

/**
 * A multi-agent simulator with a batched, parallel interface: the core of PettingZoo's parallel API
 * (observations, action masks, one reward per agent, truncation, step index) in arrays instead of
 * dictionaries, for M agents (devices) deciding at once.
 *
 * <pre>{@code
 * StepBatch batch = env.reset(seed, Split.TRAIN);
 * while (!batch.truncated()) {
 *     choose(batch.observations(), batch.actionMask(), actions);
 *     batch = env.step(actions);
 *     learn(batch.rewards());
 * }
 * }</pre>
 *
 * <p>Everything beyond the core is an optional, typed view ({@link #view}): the scene of the decision
 * point, per-device and per-edge outcomes, a cost model, the choice of reward signal. A simulator that
 * implements only the core runs with every consumer that needs only the core (for example a learner
 * on local observations).
 *
 * <p>Deterministic: the same seed, split and actions give bit-identical batches. Not thread-safe;
 * run one environment per thread.
 */
public interface Environment extends ViewSource {

    /** {@return the fixed shape of batches and actions} */
    EnvironmentSpec spec();

    /**
     * Starts an episode.
     *
     * @param seed  the episode's seed
     * @param split which part of the data the episode draws from (training or held-out)
     * @return observations and masks of the first decision (rewards zero)
     */
    StepBatch reset(long seed, Split split);

    /**
     * Applies one decision per device and advances one interval.
     *
     * @param actions one action per device ({@code length == M}), each allowed by the last mask
     * @return the rewards of the step and the observations and masks of the next decision
     * @throws InvalidActionException naming the device and action when an action is out of range or
     *                                masked (actions are never silently clipped)
     * @throws IllegalStateException  before {@link #reset} or after the episode was truncated
     */
    StepBatch step(int[] actions);

    /** Offers no view unless the environment overrides this. */
    @Override
    default <V> java.util.Optional<V> view(Class<V> type) {
        return java.util.Optional.empty();
    }
}
