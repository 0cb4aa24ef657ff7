package org.civichub.connector.police.internal;

/**
 * The connector refused an answer of the police service: unsafe XML (a DOCTYPE) or a page off the
 * contract (more records than asked for). Nothing of the answer is used; the run stops and the
 * next run asks again from the watermark.
 */
public final class PoliceAnswerException extends RuntimeException {

    public PoliceAnswerException(String message) {
        super(message);
    }

    public PoliceAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
