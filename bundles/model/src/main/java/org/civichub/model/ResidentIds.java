package org.civichub.model;

/**
 * Deterministic ids for residents and households, so that writing the same person twice addresses
 * the same document. Ids do not reveal the ID number they are derived from.
 */
public final class ResidentIds {

    private ResidentIds() {
    }

    public static String residentId(IdNumber idNumber) {
        return "r" + Hashes.shortId("civichub/resident/" + idNumber.value());
    }

    public static String householdId(String householdNo) {
        return "h" + Hashes.shortId("civichub/household/" + householdNo.strip());
    }
}
