package org.civichub.simulators.common;

/** A command line that cannot be used; the message says which option and why. */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }
}
