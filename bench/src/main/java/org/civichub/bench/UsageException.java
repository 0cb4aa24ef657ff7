package org.civichub.bench;

/** Bad command-line arguments; the message says what is wrong in words for the user. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
