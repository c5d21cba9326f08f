package org.foci.api.agent;

/**
 * What an agent is built for: the batch it decides for and the size of what it sees.
 *
 * @param deviceCount      M, devices decided for per call, {@code >= 1}
 * @param observationSize  features per device: the environment's local observation plus the
 *                         augmenter's features, {@code >= 0}
 * @param actionCount      |A|, {@code >= 1}
 * @param seed             seed for everything random in the agent (initial weights, exploration,
 *                         replay sampling)
 */
public record AgentSpec(int deviceCount, int observationSize, int actionCount, long seed) {

    /**
     * Checks the components' ranges (the messages name the component and the value).
     *
     * @param deviceCount     M, devices decided for per call, {@code >= 1}
     * @param observationSize features per device: the environment's local observation plus the augmenter's features,
     *                        {@code >= 0}
     * @param actionCount     |A|, {@code >= 1}
     * @param seed            seed for everything random in the agent (initial weights, exploration, replay sampling)
     */
    public AgentSpec {
        if (deviceCount < 1) {
            throw new IllegalArgumentException("deviceCount must be >= 1, but was " + deviceCount);
        }
        if (observationSize < 0) {
            throw new IllegalArgumentException("observationSize must be >= 0, but was " + observationSize);
        }
        if (actionCount < 1) {
            throw new IllegalArgumentException("actionCount must be >= 1, but was " + actionCount);
        }
    }
}
