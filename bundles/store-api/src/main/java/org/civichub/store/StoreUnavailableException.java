package org.civichub.store;

/** The store cannot be reached or refuses service; nothing can be assumed written. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
