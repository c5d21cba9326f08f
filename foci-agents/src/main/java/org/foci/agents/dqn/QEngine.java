package org.foci.agents.dqn;

/**
 * Computes with the online and target {@link DuelingQNetwork}s on row-major float batches: Q-values,
 * one optimiser step on the Huber loss of the taken actions, and target synchronisation.
 *
 * <p>Two implementations compute the same function on the same deeplearning4j parameter arrays:
 * {@link Dl4jQEngine} through deeplearning4j's {@code ComputationGraph} API (the reference), and
 * {@link DirectQEngine} with direct BLAS calls (the default: it avoids the graph API's per-operation
 * overhead; docs/performance.md has the numbers). Not thread-safe.
 */
interface QEngine {

    /**
     * Q-values of the online network for rows {@code fromRow .. fromRow + rows − 1} of {@code inputs}.
     *
     * @param inputs  row-major observations, {@code inputSize} floats per row
     * @param fromRow the first row to compute
     * @param rows    how many rows, at most the engine's capacity
     * @param qOut    receives row-major {@code rows × |A|} Q-values, from index 0
     */
    void predict(float[] inputs, int fromRow, int rows, float[] qOut);

    /** Q-values of the online network for the first {@code rows} rows; as {@link #predict(float[], int, int, float[])}. */
    default void predict(float[] inputs, int rows, float[] qOut) {
        predict(inputs, 0, rows, qOut);
    }

    /** Q-values of the target network for the first {@code rows} rows; as {@link #predict(float[], int, float[])}. */
    void predictTarget(float[] inputs, int rows, float[] qOut);

    /**
     * One optimiser step of the online network on the mean Huber loss of
     * {@code Q(inputs_b, actions_b) − targets_b} over the rows (the taken actions only).
     *
     * @return the loss before the step (mean over rows)
     */
    double train(float[] inputs, int[] actions, float[] targets, int rows);

    /**
     * Moves the target network towards the online one: {@code θ' ← τ θ + (1 − τ) θ'}; {@code tau = 1}
     * copies.
     */
    void syncTarget(double tau);
}
