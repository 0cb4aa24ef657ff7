package org.civichub.connector.civil.internal;

/**
 * The civil-affairs service answered something the connector cannot use: an error status, a body
 * that is not JSON, or a page that is not the contract's shape. Ends the sync run; the next run
 * retries from the watermark. The message names the status, the request (path and query, never the
 * API key) and the beginning of the body, with ID numbers masked.
 */
public class CivilAnswerException extends Exception {

    public CivilAnswerException(String message) {
        super(message);
    }

    public CivilAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
