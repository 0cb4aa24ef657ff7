package org.civichub.pipeline;

/** A decision the hub did not take: its message says which field broke which rule, or that the resident is unknown. */
public final class DecisionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DecisionRefusedException(String message) {
        super(message);
    }
}
