package org.civichub.rest.internal.view;

/** A record in review decided: its id in the queue, where it stands now, and its resident if linked. */
public record ReviewDecisionView(String id, String state, String residentId) {
}
