package org.civichub.rest.internal.view;

/**
 * The worker's decision that holds on a conflict: the value kept (as a claim shows it), the
 * decision's record, and who decided and why ({@code null} while the record cannot be read).
 */
public record ResolutionView(String value, String label, SourceView source, String user, String reason) {
}
