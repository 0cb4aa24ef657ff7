package org.civichub.cluster;

/**
 * This node no longer holds a lease it held when its work began: another node took it over while
 * this one stalled (a long pause, a frozen machine, a store it could not reach). The work must not
 * write what only the lease's holder may write; it is done again by the node that holds it now.
 */
public final class LeaseLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeaseLostException(String message) {
        super(message);
    }
}
