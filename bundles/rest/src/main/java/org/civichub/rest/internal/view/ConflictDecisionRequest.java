package org.civichub.rest.internal.view;

/**
 * A worker's resolution of a conflict: the department whose value the resident keeps (its newest
 * record's claim), and why.
 */
public record ConflictDecisionRequest(String department, String reason) {
}
