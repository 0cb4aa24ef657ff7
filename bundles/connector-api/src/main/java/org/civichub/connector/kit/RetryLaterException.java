package org.civichub.connector.kit;

import java.time.Duration;
import java.util.Optional;

/**
 * The source asked to be called again later (a SOAP {@code SERVICE_BUSY}, HTTP 429 or 503), with
 * its own hint of how long to wait when it gave one.
 */
public class RetryLaterException extends Exception {

    private final transient Duration hint;

    public RetryLaterException(String message, Duration hint) {
        super(message);
        this.hint = hint;
    }

    /** How long the source asked to wait, if it said. */
    public Optional<Duration> hint() {
        return Optional.ofNullable(hint);
    }
}
