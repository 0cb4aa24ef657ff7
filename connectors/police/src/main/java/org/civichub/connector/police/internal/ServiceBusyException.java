package org.civichub.connector.police.internal;

/** The police service answered {@code SERVICE_BUSY}: the same request may be retried later. */
public final class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String message) {
        super(message);
    }
}
