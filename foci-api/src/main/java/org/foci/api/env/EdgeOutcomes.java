package org.foci.api.env;

/**
 * An optional view ({@link ViewSource#view}): what the latest step did at each edge, in arrays of length
 * N that the environment overwrites on every {@code step} (zero after {@code reset}).
 */
public interface EdgeOutcomes {

    /** {@return the devices admitted per edge this step} */
    int[] load();

    /**
     * The fairness oracle's value per edge (a reward: minus the worst cost under the oracle's
     * allocation), or NaN for an edge that served no device.
     *
     * @return one value per edge
     */
    double[] oracleValue();
}
