package org.foci.api.env;

/**
 * The core result of {@code reset} or {@code step}, for all M devices at once: observations, action
 * masks, one reward per device, the step index and truncation (PettingZoo's parallel API, laid out
 * for a batched learner). Matrices are row-major with one row per device
 * ({@code observations()[m·O + j]}, {@code actionMask()[m·|A| + a]}).
 *
 * <p>What else a step produced (costs, latencies, serving edges, edge values, ...) is not here: an
 * environment offers it as optional views ({@link ViewSource#view}), for example
 * {@link DeviceOutcomes} and {@link EdgeOutcomes}.
 *
 * <p><b>Ownership.</b> The environment owns the batch and overwrites it on the next {@code step} or
 * {@code reset}: the arrays are views, read them (or copy them) before stepping again, and do not
 * modify them. After {@code reset} the rewards are zero. Not thread-safe.
 *
 * <p>An episode ends by time limit, reported as {@link #truncated()}; it is not a terminal state.
 */
public interface StepBatch {

    /** {@return the local observations, M × {@link EnvironmentSpec#observationSize()}, row-major} */
    float[] observations();

    /**
     * {@return the allowed actions for the next decision, M × |A|, row-major; every row allows at least one
     * action}
     */
    boolean[] actionMask();

    /**
     * The reward of the step per device, length M: the environment's reward signal (see
     * {@link RewardSignals} for environments that offer more than one). Zero after reset.
     *
     * @return the rewards
     */
    float[] rewards();

    /** {@return the decisions taken so far in this episode: 0 after reset} */
    int step();

    /** {@return true once the episode has reached its time limit} */
    boolean truncated();
}
