package org.civichub.rest.internal.view;

/** One member of a household: the resident, their name, their relation to the head, and where that comes from. */
public record MemberView(String residentId, String name, CodeView relationToHead, SourceView source) {
}
