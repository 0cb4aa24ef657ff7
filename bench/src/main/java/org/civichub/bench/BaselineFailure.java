package org.civichub.bench;

/**
 * The baseline could not be measured: Elasticsearch is unreachable, refused a request, or failed
 * to index a document. The message is meant for the user as it is.
 */
final class BaselineFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BaselineFailure(String message) {
        super(message);
    }

    BaselineFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
