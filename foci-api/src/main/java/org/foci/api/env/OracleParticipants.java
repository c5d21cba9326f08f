package org.foci.api.env;

/**
 * An optional view ({@link ViewSource#view}) of an environment whose oracle value (the max-min value of
 * each edge, fed back to the devices it serves as the {@code oracle-value} reward signal) can be computed
 * over a subset of the devices: a training-time signal a trainer has and an edge would not, e.g. only the
 * devices that acted greedily this step, so that exploring devices do not set the value (they still
 * receive it). Charged costs and every other output are unaffected. Without this view the oracle value is
 * over every admitted device.
 */
public interface OracleParticipants {

    /**
     * Chooses the devices whose costs set the oracle value from the next {@code step} on. At an edge where
     * no admitted device participates, the value is over every admitted device.
     *
     * @param participants one flag per device (true: its cost counts), copied; {@code null} for every device
     * @throws IllegalArgumentException when the array's length is not the device count
     */
    void setOracleParticipants(boolean[] participants);
}
