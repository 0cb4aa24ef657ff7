package org.civichub.store.elasticsearch.internal.document;

import java.util.List;
import org.civichub.model.Address;
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;

/**
 * A household as indexed: its number, division prefixes, address text and member ids, and the
 * complete household with its members in {@code household}, which is stored but not indexed.
 */
public record HouseholdDocument(
        String id,
        String householdNo,
        List<String> divisions,
        List<String> addressText,
        List<String> memberIds,
        StoredHousehold household) {

    /** The complete household as kept in the document's source. */
    public record StoredHousehold(String id, String householdNo, AddressDoc address, List<MemberDoc> members) {
    }

    public static HouseholdDocument of(Household h) {
        List<Address> address = h.address() == null ? List.of() : List.of(h.address());
        return new HouseholdDocument(h.id(), h.householdNo(),
                SearchTerms.divisionPrefixes(address.stream().map(Address::division).toList()),
                ResidentDocument.addressTexts(address),
                h.members().stream().map(HouseholdMember::residentId).toList(),
                new StoredHousehold(h.id(), h.householdNo(), AddressDoc.of(h.address()),
                        h.members().stream().map(MemberDoc::of).toList()));
    }

    public Household toHousehold() {
        StoredHousehold s = household;
        return new Household(s.id(), s.householdNo(), s.address() == null ? null : s.address().toAddress(),
                s.members() == null ? List.of() : s.members().stream().map(MemberDoc::toMember).toList());
    }
}
