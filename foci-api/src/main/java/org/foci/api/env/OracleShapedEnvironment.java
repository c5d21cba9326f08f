package org.foci.api.env;

/**
 * An {@link Environment} whose oracle-shaped reward ({@link StepBatch#oracleReward()}, the max-min value of each
 * edge fed back to the devices it serves) can be computed over a subset of the devices, for training-time
 * signals a trainer has and an edge would not: e.g. only the devices that acted greedily this step, so that
 * exploring devices do not set the value (they still receive it). Charged costs, QoS rewards and every other
 * output are unaffected. A trainer asks for this capability with {@code instanceof}; an environment without it
 * computes the oracle value over every admitted device.
 */
public interface OracleShapedEnvironment extends Environment {

    /**
     * Chooses the devices whose costs set the oracle value from the next {@link #step} on. At an edge where no
     * admitted device participates, the value is over every admitted device.
     *
     * @param participants one flag per device (true: its cost counts), copied; {@code null} for every device
     * @throws IllegalArgumentException when the array's length is not the device count
     */
    void setOracleParticipants(boolean[] participants);
}
