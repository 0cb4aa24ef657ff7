package org.civichub.rest.internal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * What a record waiting in review says about its person, beside its candidates: the ID number (a
 * valid one) or the number as written, masked; name, sex, birth year (the birth date only when
 * revealed), household number and addresses.
 */
public record ReviewRecordView(String idNumber, String writtenId, String name, CodeView sex, Integer birthYear,
                               @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate birthDate, String householdNo,
                               AddressView registeredAddress, AddressView currentAddress) {
}
