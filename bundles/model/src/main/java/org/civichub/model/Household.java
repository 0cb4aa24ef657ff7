package org.civichub.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A household (户) identified by its household number (户号), with its members ordered head first.
 */
public record Household(String id, String householdNo, Address address, List<HouseholdMember> members) {

    public static final String HEAD = "02";

    public Household {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdNo, "householdNo");
        members = List.copyOf(members);
    }

    public static Household empty(String id, String householdNo) {
        return new Household(id, householdNo, null, List.of());
    }

    /** This household with {@code member} added or replacing the entry of the same resident. */
    public Household withMember(HouseholdMember member, Address memberAddress) {
        List<HouseholdMember> list = new ArrayList<>(without(member.residentId()).members);
        list.add(member);
        list.sort(Comparator.comparing((HouseholdMember m) -> !HEAD.equals(m.relationToHead()))
                .thenComparing(m -> m.relationToHead() == null ? "" : m.relationToHead())
                .thenComparing(HouseholdMember::residentId));
        Address a = address == null || HEAD.equals(member.relationToHead()) && memberAddress != null
                ? memberAddress : address;
        return new Household(id, householdNo, a, list);
    }

    /** This household without the given resident. */
    public Household without(String residentId) {
        return new Household(id, householdNo, address,
                members.stream().filter(m -> !m.residentId().equals(residentId)).toList());
    }
}
