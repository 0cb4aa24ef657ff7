package org.civichub.connector.kit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civichub.model.CodeTable;
import org.civichub.model.DivisionCode;
import org.civichub.model.IdNumber;
import org.civichub.model.IdNumberException;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * Reads typed values from a record's fields, collecting a {@link Violation} for every field that
 * breaks its rule instead of stopping at the first. Empty fields read as {@code null}. Each
 * violation names the source field, a stable rule code and the value.
 */
public final class FieldReader {

    private final SourceRecord record;
    private final List<Violation> violations = new ArrayList<>();

    public FieldReader(SourceRecord record) {
        this.record = record;
    }

    /** The stripped value, or {@code null} when empty. */
    public String text(String field) {
        String v = record.field(field).strip();
        return v.isEmpty() ? null : v;
    }

    /** The stripped value; an empty one violates {@code field.present}. */
    public String required(String field) {
        String v = text(field);
        if (v == null) {
            add(field, "field.present", "", "the field is required");
        }
        return v;
    }

    /** The record's own key, sent apart from its fields; a record without one violates {@code field}. */
    public String key(String field) {
        String v = record.key().sourceId().strip();
        if (v.isEmpty()) {
            add(field, "key.present", record.key().sourceId(), "the record has no key");
            return null;
        }
        return v;
    }

    /**
     * The record's update time, which sources send as its version, as {@code field}. An unreadable
     * one is a violation: such a record's place in the source's order is unknown.
     */
    public Instant updateTime(String field) {
        return updateTime(field, SourceDates::time, "ISO-8601, yyyy-MM-dd HH:mm:ss or a date");
    }

    /** As {@link #updateTime(String)} for a source that writes its times one way only, {@code written}. */
    public Instant updateTime(String field, Function<String, Optional<Instant>> parse, String written) {
        Optional<Instant> t = parse.apply(record.sourceVersion());
        if (t.isEmpty()) {
            add(field, "time.valid", record.sourceVersion(), "must be a real time written " + written);
        }
        return t.orElse(null);
    }

    /** A valid ID number; anything else is a violation naming the broken rule. */
    public IdNumber idNumber(String field) {
        String raw = record.field(field);
        try {
            return IdNumber.parse(raw);
        } catch (IdNumberException e) {
            add(field, e.rule().code(), raw, e.rule().description());
            return null;
        }
    }

    /**
     * The ID number when it is valid, {@code null} when it is empty or shaped like an ID number but
     * wrong in its birth date or check character (a typo: the person is kept, unlinked, for identity
     * resolution). A value that is no ID number at all (wrong length or characters) is a violation.
     */
    public IdNumber linkableId(String field) {
        String raw = record.field(field);
        if (raw.isBlank()) {
            return null;
        }
        try {
            return IdNumber.parse(raw);
        } catch (IdNumberException e) {
            if (e.rule() == IdNumberException.Rule.CHECK_CHARACTER || e.rule() == IdNumberException.Rule.BIRTH_DATE) {
                return null;
            }
            add(field, e.rule().code(), raw, e.rule().description());
            return null;
        }
    }

    /**
     * The ID in {@code field} as written (normalized), when it is there but not a valid number because
     * of its check character or its birth date: evidence for linking, and a finding against the source.
     * {@code null} for a valid number, an empty field, or a value that is no ID number at all.
     */
    public String writtenId(String field) {
        String raw = record.field(field);
        if (raw.isBlank()) {
            return null;
        }
        try {
            IdNumber.parse(raw);
            return null;
        } catch (IdNumberException e) {
            boolean typo = e.rule() == IdNumberException.Rule.CHECK_CHARACTER
                    || e.rule() == IdNumberException.Rule.BIRTH_DATE;
            return typo ? IdNumber.normalize(raw) : null;
        }
    }

    /** A date written {@code yyyyMMdd}, {@code yyyy-MM-dd} or {@code yyyy/M/d}; impossible dates are violations. */
    public LocalDate date(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        Optional<LocalDate> d = SourceDates.date(v);
        if (d.isEmpty()) {
            add(field, "date.valid", v, "must be a real date written yyyyMMdd, yyyy-MM-dd or yyyy/M/d");
        }
        return d.orElse(null);
    }

    /** A code of {@code table}; an unknown one violates {@code code.<table>}. */
    public String code(String field, CodeTable table) {
        String v = text(field);
        if (v != null && !table.contains(v)) {
            add(field, "code." + table.name().replace(" ", "").replace("/", ""), v, "not a code of " + table.name());
            return null;
        }
        return v;
    }

    public DivisionCode division(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        if (!DivisionCode.isValid(v)) {
            add(field, "division.code", v, "must be a 12-digit division code");
            return null;
        }
        return new DivisionCode(v);
    }

    /** One of the values the source documents, e.g. {@code 在保 → ACTIVE}; another is a violation under {@code rule}. */
    public <T> T choice(String field, Map<String, T> values, String rule) {
        return lookup(field, v -> Optional.ofNullable(values.get(v)), rule, "must be one of " + values.keySet());
    }

    /** A value looked up by {@code parse}; an unknown non-empty value is a violation under {@code rule}. */
    public <T> T lookup(String field, Function<String, Optional<T>> parse, String rule, String message) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        Optional<T> t = parse.apply(v);
        if (t.isEmpty()) {
            add(field, rule, v, message);
        }
        return t.orElse(null);
    }

    /** {@code true}/{@code false} (also 是/否, 1/0); anything else violates {@code boolean.valid}. */
    public Boolean bool(String field) {
        return lookup(field, v -> switch (v.toLowerCase()) {
            case "true", "1", "是", "y" -> Optional.of(Boolean.TRUE);
            case "false", "0", "否", "n" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        }, "boolean.valid", "must be true or false");
    }

    /** An integer from {@code min} to {@code max}; anything else violates {@code integer.range}. */
    public Integer integer(String field, int min, int max) {
        return lookup(field, v -> {
            try {
                int i = Integer.parseInt(v);
                return i >= min && i <= max ? Optional.of(i) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, "integer.range", "must be a whole number from " + min + " to " + max);
    }

    /** A non-negative decimal number; anything else violates {@code decimal.valid}. */
    public BigDecimal amount(String field) {
        return lookup(field, v -> {
            try {
                BigDecimal d = new BigDecimal(v);
                return d.signum() >= 0 ? Optional.of(d) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, "decimal.valid", "must be a non-negative number");
    }

    /** Records a violation found by the caller. */
    public void add(String field, String rule, String value, String message) {
        violations.add(new Violation(field, rule, value, message));
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }
}
