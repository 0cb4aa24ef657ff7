package org.civichub.rest.internal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A resident as a search result lists it, with the kinds of its active tags. {@code idNumber} is masked unless revealed, and then
 * only the birth year is shown: {@code birthDate} is left out.
 */
public record ResidentSummary(
        String id,
        String idNumber,
        String name,
        CodeView sex,
        Integer birthYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate birthDate,
        String householdNo,
        AddressView registeredAddress,
        AddressView currentAddress,
        CodeView status,
        java.util.List<String> tags) {
}
