package org.civichub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one source record says about one person, already mapped to canonical types: identity and
 * register facts, and {@link Tag tagged facts} with their status and validity. Fields the record
 * does not carry are {@code null}. The ID number is optional: a fragment without a valid one (a
 * newborn, a number with a wrong check character) is linked by the rest of its evidence, and is
 * not bad input; {@code writtenId} keeps such a number as the source wrote it (normalized), as
 * evidence and as a finding against its source. {@code residentId} is set only on a worker's
 * decision about a known resident, which is placed there without resolution. The constraints are
 * checked before the fragment may reach a resident; their messages state the rule.
 */
public record PersonFragment(
        @NotNull(message = "the source is required") Provenance source,
        IdNumber idNumber,
        @Size(max = 40, message = "an ID as written has at most 40 characters") String writtenId,
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
        ResidencePermit residencePermit,
        List<Tag> tags,
        @Size(max = 40, message = "a resident id has at most 40 characters") String residentId) {

    public PersonFragment {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A fragment that does not name its resident: every department record. */
    public PersonFragment(Provenance source, IdNumber idNumber, String writtenId, String name, Sex sex, String ethnicity,
                          LocalDate birthDate, String householdNo, String relationToHead, Address registeredAddress,
                          Address currentAddress, PersonStatus status, ResidencePermit residencePermit, List<Tag> tags) {
        this(source, idNumber, writtenId, name, sex, ethnicity, birthDate, householdNo, relationToHead,
                registeredAddress, currentAddress, status, residencePermit, tags, null);
    }

    /**
     * A department's fragment names the person; one that names its resident (a worker's decision
     * about a known resident) states only what it decides.
     */
    @AssertTrue(message = "a name is required")
    public boolean isNamed() {
        return residentId != null || name != null && !name.isBlank();
    }

    /** A fragment from {@code source} to fill in with {@link Builder}. */
    public static Builder from(Provenance source) {
        return new Builder(source);
    }

    /** Whether the fragment can be linked to a resident by a valid ID number. */
    public boolean isLinkable() {
        return idNumber != null;
    }

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

    /** This fragment with a household number and a relation to its head, e.g. a newborn placed with a parent. */
    public PersonFragment withHousehold(String number, String relation) {
        return new PersonFragment(source, idNumber, writtenId, name, sex, ethnicity, birthDate, number, relation,
                registeredAddress, currentAddress, status, residencePermit, tags, residentId);
    }

    /** Builds a fragment field by field; unset fields stay {@code null}. */
    public static final class Builder {
        private final Provenance source;
        private IdNumber idNumber;
        private String writtenId;
        private String name;
        private Sex sex;
        private String ethnicity;
        private LocalDate birthDate;
        private String householdNo;
        private String relationToHead;
        private Address registeredAddress;
        private Address currentAddress;
        private PersonStatus status;
        private ResidencePermit residencePermit;
        private final List<Tag> tags = new ArrayList<>();
        private String residentId;

        private Builder(Provenance source) {
            this.source = source;
        }

        public Builder idNumber(IdNumber v) {
            idNumber = v;
            return this;
        }

        /** The ID as written when it is not a valid number (a wrong check character, an impossible date). */
        public Builder writtenId(String v) {
            writtenId = v == null || v.isBlank() ? null : IdNumber.normalize(v);
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder sex(Sex v) {
            sex = v;
            return this;
        }

        public Builder ethnicity(String v) {
            ethnicity = v;
            return this;
        }

        public Builder birthDate(LocalDate v) {
            birthDate = v;
            return this;
        }

        public Builder household(String number, String relation) {
            householdNo = number;
            relationToHead = relation;
            return this;
        }

        public Builder registeredAddress(Address v) {
            registeredAddress = v;
            return this;
        }

        public Builder currentAddress(Address v) {
            currentAddress = v;
            return this;
        }

        public Builder status(PersonStatus v) {
            status = v;
            return this;
        }

        public Builder residencePermit(ResidencePermit v) {
            residencePermit = v;
            return this;
        }

        public Builder tag(Tag t) {
            if (t != null) {
                tags.add(t);
            }
            return this;
        }

        /** The resident this fragment is about, known without resolving it: a worker's decision. */
        public Builder resident(String id) {
            residentId = id;
            return this;
        }

        public PersonFragment build() {
            return new PersonFragment(source, idNumber, writtenId, name, sex, ethnicity, birthDate, householdNo, relationToHead,
                    registeredAddress, currentAddress, status, residencePermit, tags, residentId);
        }
    }
}
