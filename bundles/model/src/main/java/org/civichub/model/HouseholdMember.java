package org.civichub.model;

/** One member of a household with the GB/T 4761 code of their relation to the head. */
public record HouseholdMember(String residentId, String name, String relationToHead, Provenance source) {
}
