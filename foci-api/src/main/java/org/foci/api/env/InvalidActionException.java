package org.foci.api.env;

/**
 * An action given to {@link Environment#step} is out of range or masked.
 * The message names the device, the action and the reason.
 */
public final class InvalidActionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The device that chose the action. */
    private final int device;
    /** The invalid action. */
    private final int action;

    /**
     * @param device the device index
     * @param action the action it chose
     * @param reason why it is invalid, for example {@code edge 3 is beyond the perception radius}
     */
    public InvalidActionException(int device, int action, String reason) {
        super("device " + device + " chose invalid action " + action + ": " + reason);
        this.device = device;
        this.action = action;
    }

    /** {@return the device that chose the action} */
    public int device() {
        return device;
    }

    /** {@return the invalid action} */
    public int action() {
        return action;
    }
}
