package org.civichub.connector.police.internal;

/** The police service refused a request (a client fault such as {@code INVALID_TOKEN}). */
public final class PoliceFaultException extends RuntimeException {

    public PoliceFaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
