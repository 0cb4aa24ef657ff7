package org.civichub.store.elasticsearch.internal.document;

import org.civichub.model.HouseholdMember;

/** The stored form of a {@link HouseholdMember}. */
public record MemberDoc(String residentId, String name, String relationToHead, ProvenanceDoc source) {

    public static MemberDoc of(HouseholdMember m) {
        return new MemberDoc(m.residentId(), m.name(), m.relationToHead(), ProvenanceDoc.of(m.source()));
    }

    public HouseholdMember toMember() {
        return new HouseholdMember(residentId, name, relationToHead, source == null ? null : source.toProvenance());
    }
}
