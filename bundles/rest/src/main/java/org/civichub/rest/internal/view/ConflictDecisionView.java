package org.civichub.rest.internal.view;

/**
 * A conflict resolved: the decision's record key, the resident and kind, the department whose value
 * was kept and that value (masked as reads are), and the reason.
 */
public record ConflictDecisionView(String decision, String residentId, String kind, String department, String value,
                                   String reason) {
}
