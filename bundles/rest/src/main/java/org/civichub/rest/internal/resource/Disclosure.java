package org.civichub.rest.internal.resource;

import java.time.LocalDate;
import java.util.List;
import org.civichub.model.DateMask;
import org.civichub.model.IdMask;
import org.civichub.model.IdNumber;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.Role;

/**
 * Whether a response shows ID numbers in full. Masked unless the caller has the role
 * {@code id-full} and the request asks with {@code reveal=idNumber}. A masked answer must not let
 * the number be rebuilt from all its fields together: the eight hidden digits of a masked number
 * are the birth date, so a masked answer shows the birth year only, and masks every date in free
 * text and payloads down to its year ({@link DateMask}).
 */
enum Disclosure {
    MASKED, FULL;

    static final String REVEAL_ID_NUMBER = "idNumber";

    /**
     * The disclosure a request asks for.
     *
     * @throws ProblemException 400 for an unknown {@code reveal} value, 403 when the caller may
     *                          not see full ID numbers
     */
    static Disclosure requested(Caller caller, String reveal) {
        if (reveal == null || reveal.isBlank()) {
            return MASKED;
        }
        if (!REVEAL_ID_NUMBER.equals(reveal.strip())) {
            throw ProblemException.badRequest(List.of(new FieldError("reveal", "oneOf(idNumber)", reveal)));
        }
        caller.require(Role.ID_FULL);
        return FULL;
    }

    public boolean full() {
        return this == FULL;
    }

    public String id(IdNumber id) {
        return id == null ? null : full() ? id.value() : id.masked();
    }

    /** The text with ID-number-like values and dates masked, unless disclosure is full. */
    public String text(String s) {
        return full() ? s : DateMask.mask(IdMask.mask(s));
    }

    /** The birth date itself only with full disclosure. */
    public LocalDate birthDate(LocalDate d) {
        return full() ? d : null;
    }

    /**
     * A tag's date, unless disclosure is masked and it falls on the birthday ({@code null} then): a
     * newborn's tag starts on the birth date, an age-based one on a birthday, and either beside a
     * masked ID number would give its hidden digits away.
     */
    public LocalDate tagDate(LocalDate d, LocalDate birth) {
        boolean birthday = d != null && birth != null && d.getMonthValue() == birth.getMonthValue()
                && d.getDayOfMonth() == birth.getDayOfMonth();
        return full() || !birthday ? d : null;
    }

    /** The birth year, which every disclosure shows. */
    public static Integer birthYear(LocalDate d) {
        return d == null ? null : d.getYear();
    }
}
