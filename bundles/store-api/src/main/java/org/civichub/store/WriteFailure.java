package org.civichub.store;

/**
 * One document the store did not write. {@code retryable} failures (overload, unavailability) are
 * worth trying again as they are; the others (the document itself was rejected) are not.
 *
 * @param kind     what was written: {@code raw}, {@code quarantine}, {@code resident}, {@code household}
 *                 or {@code change}
 * @param id       the document id
 * @param status   the HTTP-like status the store answered
 * @param reason   the store's reason
 */
public record WriteFailure(String kind, String id, int status, String reason, boolean retryable) {
}
