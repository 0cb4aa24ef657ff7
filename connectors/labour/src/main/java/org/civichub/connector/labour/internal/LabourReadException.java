package org.civichub.connector.labour.internal;

/**
 * Reading the exchange tables failed: the database could not be reached, a query failed, or the
 * stored watermark is unreadable. The message says which table, from where, and the database's
 * reason; it never holds a password, and anything like an ID number in it is masked.
 */
public final class LabourReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public LabourReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
