package org.civichub.rest.internal.view;

import java.util.List;

/** A household (户) with its address and members, head first, each with their relation to the head. */
public record HouseholdDetail(String id, String householdNo, AddressView address, List<MemberView> members) {
}
