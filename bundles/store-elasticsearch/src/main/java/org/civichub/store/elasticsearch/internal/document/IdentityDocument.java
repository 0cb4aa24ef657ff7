package org.civichub.store.elasticsearch.internal.document;

import java.time.LocalDate;
import java.util.List;
import org.civichub.model.IdNumber;
import org.civichub.model.Resident;
import org.civichub.model.Sex;
import org.civichub.store.ResidentIdentity;

/**
 * The part of a resident document the resolver compares, read with {@link #FIELDS} as the source's
 * includes: the stored resident's ID, the values (without their provenance) of its name, sex, birth
 * date and addresses, and whether it was merged.
 */
public record IdentityDocument(Stored resident) {

    /** The source fields to read. */
    public static final List<String> FIELDS = List.of("resident.id", "resident.idNumber", "resident.writtenId",
            "resident.name.value", "resident.sex.value", "resident.birthDate.value",
            "resident.registeredAddress.value", "resident.currentAddress.value", "resident.merged");

    /** The stored resident's fields that {@link #FIELDS} reads. */
    public record Stored(String id, String idNumber, String writtenId, SourcedDoc<String> name, SourcedDoc<String> sex,
                         SourcedDoc<LocalDate> birthDate, SourcedDoc<AddressDoc> registeredAddress,
                         SourcedDoc<AddressDoc> currentAddress, Resident.Merged merged) {
    }

    public ResidentIdentity toIdentity() {
        Stored r = resident;
        return new ResidentIdentity(r.id(), r.idNumber() == null ? null : new IdNumber(r.idNumber()), r.writtenId(),
                value(r.name()),
                r.sex() == null ? null : Sex.of(r.sex().value()).orElseThrow(
                        () -> new IllegalStateException("stored resident has an unknown sex code: " + r.sex().value())),
                value(r.birthDate()),
                r.registeredAddress() == null ? null : r.registeredAddress().value().toAddress(),
                r.currentAddress() == null ? null : r.currentAddress().value().toAddress(),
                r.merged() != null);
    }

    private static <T> T value(SourcedDoc<T> doc) {
        return doc == null ? null : doc.value();
    }
}
