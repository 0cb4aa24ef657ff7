package org.civichub.simulators.common;

/** A dataset directory or file that cannot be loaded; the message names the file and the record. */
public class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
