package org.civichub.resolver;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.IdNumberException;
import org.civichub.model.PersonFragment;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.model.Sex;

/**
 * The identity evidence of one person as a record or a resident states it: what the resolver compares.
 *
 * <p>Every field is optional. {@code idNumber} is a valid number; {@code writtenId} is the ID as written when
 * it is not valid, passed through {@link IdNumber#normalize} (the constructor does that again, and turns an
 * empty one into {@code null}); it is ignored when {@code idNumber} is present. {@code addresses} are the
 * registered and current addresses; never {@code null} after construction.
 *
 * @param idNumber  a valid ID number, or {@code null}
 * @param writtenId the normalized ID as written when it is not valid, or {@code null}
 * @param name      the name as written, or {@code null}
 * @param sex       the stated sex, or {@code null}
 * @param birthDate the stated birth date, or {@code null}
 * @param addresses registered and/or current addresses, possibly empty
 */
public record Identity(IdNumber idNumber, String writtenId, String name, Sex sex, LocalDate birthDate,
                       List<Address> addresses) {

    public Identity {
        String normalized = IdNumber.normalize(writtenId);
        writtenId = normalized.isEmpty() ? null : normalized;
        addresses = addresses == null ? List.of() : addresses.stream().filter(Objects::nonNull).toList();
    }

    /**
     * An identity from an ID as a source wrote it: a number that {@link IdNumber#parse parses} (legacy 15-digit
     * numbers are upgraded) becomes {@code idNumber}, anything else is kept as {@code writtenId}.
     */
    public static Identity of(String rawId, String name, Sex sex, LocalDate birthDate, List<Address> addresses) {
        IdNumber id = null;
        String written = null;
        if (rawId != null && !IdNumber.normalize(rawId).isEmpty()) {
            try {
                id = IdNumber.parse(rawId);
            } catch (IdNumberException e) {
                written = rawId;
            }
        }
        return new Identity(id, written, name, sex, birthDate, addresses);
    }

    /**
     * The identity a fragment states: its ID number (or the ID as written when it is not valid), name,
     * sex, birth date, registered and current address.
     */
    public static Identity of(PersonFragment fragment) {
        return new Identity(fragment.idNumber(), fragment.writtenId(), fragment.name(), fragment.sex(),
                fragment.birthDate(), Arrays.asList(fragment.registeredAddress(), fragment.currentAddress()));
    }

    /** The identity of a resident's golden record: the values that won, and the ID as written when none is valid. */
    public static Identity of(Resident r) {
        return new Identity(r.idNumber(), r.writtenId(), value(r.name()), value(r.sex()), value(r.birthDate()),
                Arrays.asList(value(r.registeredAddress()), value(r.currentAddress())));
    }

    private static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }

    /**
     * The 18-character ID the resolver compares: the valid number, else a written value of 18 characters;
     * {@code null} otherwise (a written legacy 15-digit number that did not parse counts as missing).
     */
    public String id18() {
        if (idNumber != null) {
            return idNumber.value();
        }
        return writtenId != null && writtenId.length() == 18 ? writtenId : null;
    }

    /**
     * The birth date the ID encodes: that of a valid number, or of a written 18-character ID whose first 17
     * characters are digits and whose birth-date part is a real date.
     */
    public Optional<LocalDate> impliedBirthDate() {
        if (idNumber != null) {
            return Optional.of(idNumber.birthDate());
        }
        String id = digits17();
        if (id == null) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(id.substring(6, 10));
            LocalDate date = LocalDate.of(year, Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return year < 1800 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The sex the ID encodes (odd sequence male, even female), on the same terms as {@link #impliedBirthDate}. */
    public Optional<Sex> impliedSex() {
        if (idNumber != null) {
            return Optional.of(idNumber.sex());
        }
        if (impliedBirthDate().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((writtenId.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /** The stated birth date, else the one the ID implies. */
    public Optional<LocalDate> effectiveBirthDate() {
        return birthDate != null ? Optional.of(birthDate) : impliedBirthDate();
    }

    /** The stated sex when male or female, else the one the ID implies. */
    public Optional<Sex> effectiveSex() {
        return sex == Sex.MALE || sex == Sex.FEMALE ? Optional.of(sex) : impliedSex();
    }

    private String digits17() {
        String id = id18();
        if (id == null) {
            return null;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return null;
            }
        }
        return id;
    }
}
