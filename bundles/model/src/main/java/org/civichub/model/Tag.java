package org.civichub.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact about a person that holds for a time and has a status: an assistance case, a disability
 * certificate, a death, an employment registration, an insurance record, an elderly-care record.
 * {@code detail} says which (e.g. {@code 肢体}, {@code 养老}, an employer), {@code grade} how
 * much (a disability level, a care level, a monthly amount); either may be {@code null}.
 * {@code from} and {@code to} bound its validity where the source says so.
 */
public record Tag(TagKind kind, TagStatus status, String detail, String grade, LocalDate from, LocalDate to) {

    public Tag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        detail = blankToNull(detail);
        grade = blankToNull(grade);
    }

    public static Tag active(TagKind kind, String detail) {
        return new Tag(kind, TagStatus.ACTIVE, detail, null, null, null);
    }

    public boolean isActive() {
        return status == TagStatus.ACTIVE;
    }

    /** The search term of this tag's kind and detail, e.g. {@code disability:肢体}; the kind's code without detail. */
    public String term() {
        return detail == null ? kind.code() : kind.code() + ":" + detail;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
