package org.foci.experiments.cli;

/**
 * A mistake of the user (a bad file, a bad option value) whose message is the whole story: the
 * command line prints it without a stack trace and exits with status 2.
 */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file, line, key or value */
    public UserException(String message) {
        super(message);
    }

    /** @param message what is wrong; {@code cause} is kept for --debug */
    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
