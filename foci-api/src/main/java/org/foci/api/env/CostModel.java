package org.foci.api.env;

/**
 * An optional view ({@link ViewSource#view}): the environment's own model of what an action would
 * cost a device at the current decision point, for model-based agents (for example Neurosurgeon).
 * Valid until the next {@code step} or {@code reset}; not thread-safe.
 */
public interface CostModel {

    /**
     * The QoS cost device m would pay this step for an action, from its current state, if it were
     * given {@code sms} SMs at the edge; the same formula the environment charges.
     *
     * @param device the device, {@code 0 <= device < M}
     * @param action an action of {@link EnvironmentSpec#actionSpace()}; masked actions are allowed
     * @param sms    SMs granted, {@code 1..L}; ignored for the local action
     * @return the predicted cost (lower is better)
     * @throws IllegalStateException     before the first reset
     * @throws IndexOutOfBoundsException for a device out of range
     * @throws IllegalArgumentException  for an action or SM count out of range
     */
    double predictedCost(int device, int action, int sms);
}
