package org.civichub.connector.generic.internal.rest;

/**
 * The service answered something the connector cannot use: an error status, a body that is not
 * JSON, or a page not of the configured shape. Ends the sync run; the next run retries from the
 * watermark. The message names the status, the request (path and query, never the API key) and the
 * beginning of the body, with the key cut out and ID numbers masked.
 */
public class RestAnswerException extends Exception {

    public RestAnswerException(String message) {
        super(message);
    }
}
