package org.civichub.store.elasticsearch.internal.document;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.civichub.model.Claim;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Sex;

/**
 * The complete canonical resident as kept in the document's source, with per-field provenance, its
 * claims, its conflicts (each rebuilt with the claims), and, for a resident merged into another,
 * who merged it when and why.
 * Sex and status are stored as their national codes, not as Java names, so the stored form does not
 * change when the model is refactored.
 */
public record StoredResident(
        String id,
        String idNumber,
        String writtenId,
        SourcedDoc<String> name,
        SourcedDoc<String> sex,
        SourcedDoc<String> ethnicity,
        SourcedDoc<LocalDate> birthDate,
        SourcedDoc<String> householdNo,
        SourcedDoc<String> relationToHead,
        SourcedDoc<AddressDoc> registeredAddress,
        SourcedDoc<AddressDoc> currentAddress,
        SourcedDoc<String> status,
        SourcedDoc<PermitDoc> residencePermit,
        List<SourcedDoc<TagDoc>> tags,
        List<ProvenanceDoc> sources,
        List<ClaimDoc> claims,
        List<ConflictDoc> conflicts,
        Resident.Merged merged) {

    public static StoredResident of(Resident r) {
        return new StoredResident(r.id(), r.idNumber() == null ? null : r.idNumber().value(), r.writtenId(),
                SourcedDoc.of(r.name(), Function.identity()),
                SourcedDoc.of(r.sex(), Sex::code),
                SourcedDoc.of(r.ethnicity(), Function.identity()),
                SourcedDoc.of(r.birthDate(), Function.identity()),
                SourcedDoc.of(r.householdNo(), Function.identity()),
                SourcedDoc.of(r.relationToHead(), Function.identity()),
                SourcedDoc.of(r.registeredAddress(), AddressDoc::of),
                SourcedDoc.of(r.currentAddress(), AddressDoc::of),
                SourcedDoc.of(r.status(), PersonStatus::code),
                SourcedDoc.of(r.residencePermit(), PermitDoc::of),
                r.tags().stream().map(t -> SourcedDoc.of(t, TagDoc::of)).toList(),
                r.sources().stream().map(ProvenanceDoc::of).toList(),
                r.claims().stream().map(c -> ClaimDoc.of(c, r.sources())).toList(),
                r.conflicts().stream().map(c -> ConflictDoc.of(c, r.claims())).toList(),
                r.merged());
    }

    public Resident toResident() {
        List<Provenance> provenances = sources == null ? List.of()
                : sources.stream().map(ProvenanceDoc::toProvenance).toList();
        List<Claim> claimed = claims == null ? List.of() : claims.stream().map(c -> c.toClaim(provenances)).toList();
        return new Resident(id, idNumber == null ? null : new IdNumber(idNumber), writtenId,
                SourcedDoc.toSourced(name, Function.identity()),
                SourcedDoc.toSourced(sex, code -> Sex.of(code).orElseThrow(() -> unknown("sex", code))),
                SourcedDoc.toSourced(ethnicity, Function.identity()),
                SourcedDoc.toSourced(birthDate, Function.identity()),
                SourcedDoc.toSourced(householdNo, Function.identity()),
                SourcedDoc.toSourced(relationToHead, Function.identity()),
                SourcedDoc.toSourced(registeredAddress, AddressDoc::toAddress),
                SourcedDoc.toSourced(currentAddress, AddressDoc::toAddress),
                SourcedDoc.toSourced(status, code -> PersonStatus.ofCode(code).orElseThrow(() -> unknown("status", code))),
                SourcedDoc.toSourced(residencePermit, PermitDoc::toPermit),
                tags == null ? List.of() : tags.stream().map(t -> SourcedDoc.toSourced(t, TagDoc::toTag)).toList(),
                provenances, claimed,
                conflicts == null ? List.of() : conflicts.stream().map(c -> c.toConflict(claimed)).toList(),
                merged);
    }

    private static IllegalStateException unknown(String field, String code) {
        return new IllegalStateException("stored resident has an unknown " + field + " code: " + code);
    }
}
