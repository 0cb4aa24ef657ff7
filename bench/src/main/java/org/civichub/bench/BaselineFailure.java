package org.civichub.bench;

/**
 * A benchmark could not measure or check what it should: Elasticsearch or the hub is unreachable,
 * refused a request, or failed to index a document. The message is meant for the user as it is.
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
