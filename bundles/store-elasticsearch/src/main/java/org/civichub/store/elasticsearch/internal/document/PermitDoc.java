package org.civichub.store.elasticsearch.internal.document;

import java.time.LocalDate;
import org.civichub.model.ResidencePermit;

/** The stored form of a {@link ResidencePermit}. */
public record PermitDoc(String number, LocalDate registeredOn, LocalDate validUntil) {

    public static PermitDoc of(ResidencePermit p) {
        return new PermitDoc(p.number(), p.registeredOn(), p.validUntil());
    }

    public ResidencePermit toPermit() {
        return new ResidencePermit(number, registeredOn, validUntil);
    }
}
