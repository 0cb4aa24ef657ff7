package org.civichub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What one source record says about one person, already mapped to canonical types. Fields the
 * record does not carry are {@code null}. The constraints are checked before the fragment may
 * reach a resident; their messages state the rule.
 */
public record PersonFragment(
        @NotNull(message = "the source is required") Provenance source,
        @NotNull(message = "a valid ID number is required") IdNumber idNumber,
        @NotBlank(message = "a name is required")
        @Size(max = 40, message = "a name has at most 40 characters")
        @Pattern(regexp = "[^0-9<>{}]*", message = "a name has no digits or markup") String name,
        Sex sex,
        @Pattern(regexp = "\\d{2}", message = "an ethnicity is a two-digit GB 3304 code") String ethnicity,
        @PastOrPresent(message = "a birth date cannot be in the future") LocalDate birthDate,
        @Size(max = 30, message = "a household number has at most 30 characters") String householdNo,
        @Pattern(regexp = "\\d{2}", message = "a relation to the head is a two-digit GB/T 4761 code")
        String relationToHead,
        @Valid Address registeredAddress,
        @Valid Address currentAddress,
        PersonStatus status,
        ResidencePermit residencePermit) {

    /** The birth date, when given, is the one the ID number encodes. */
    @AssertTrue(message = "the birth date must match the one in the ID number")
    public boolean isBirthDateMatchingIdNumber() {
        return birthDate == null || idNumber == null || birthDate.equals(idNumber.birthDate());
    }

    /** The sex, when given as male or female, is the one the ID number encodes. */
    @AssertTrue(message = "the sex must match the one in the ID number")
    public boolean isSexMatchingIdNumber() {
        return idNumber == null || (sex != Sex.MALE && sex != Sex.FEMALE) || sex == idNumber.sex();
    }
}
