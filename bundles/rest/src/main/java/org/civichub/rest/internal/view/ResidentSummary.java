package org.civichub.rest.internal.view;

import java.time.LocalDate;

/** A resident as a search result lists it. {@code idNumber} is masked unless revealed. */
public record ResidentSummary(
        String id,
        String idNumber,
        String name,
        CodeView sex,
        LocalDate birthDate,
        String householdNo,
        AddressView registeredAddress,
        AddressView currentAddress,
        CodeView status) {
}
