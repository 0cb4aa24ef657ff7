package org.civichub.rest.internal.view;

/** A merge of a resident into another ({@code into}; absent for an unmerge), and why. */
public record MergeRequest(String into, String reason) {
}
