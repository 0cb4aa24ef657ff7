package org.civichub.rest.internal.view;

/** A decision on a record in review: the candidate it is (to accept; absent to reject), and why. */
public record ReviewDecisionRequest(String residentId, String reason) {
}
