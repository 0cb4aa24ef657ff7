package org.civichub.simulators.generator;

/** Bad command-line arguments; the message says what is wrong in terms of the options. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
