package org.civichub.rest.internal.view;

/** How many residents in the caller's scope have a conflict of this kind between this pair of departments. */
public record ConflictCountView(String kind, String departments, long residents) {
}
