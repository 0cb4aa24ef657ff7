package org.civichub.connector.police.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
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
 * breaks its rule instead of stopping at the first. Empty fields read as {@code null}.
 */
final class FieldReader {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final SourceRecord record;
    private final List<Violation> violations = new ArrayList<>();

    FieldReader(SourceRecord record) {
        this.record = record;
    }

    String text(String field) {
        String v = record.field(field).strip();
        return v.isEmpty() ? null : v;
    }

    /** The record's own key, sent apart from its fields; a record without one violates {@code field}. */
    String key(String field) {
        String v = record.key().sourceId().strip();
        if (v.isEmpty()) {
            violations.add(new Violation(field, "key.present", record.key().sourceId(), "the record has no key"));
            return null;
        }
        return v;
    }

    /**
     * The record's update time, which the service sends as its version, as {@code field}. An
     * unreadable one is a violation: such a record never moves the watermark (see {@link PageWatermark}).
     */
    Instant updateTime(String field) {
        Optional<Instant> t = PoliceTime.parse(record.sourceVersion());
        if (t.isEmpty()) {
            violations.add(new Violation(field, "time.valid", record.sourceVersion(),
                    "must be a real time written yyyy-MM-dd HH:mm:ss"));
        }
        return t.orElse(null);
    }

    IdNumber idNumber(String field) {
        String raw = record.field(field);
        try {
            return IdNumber.parse(raw);
        } catch (IdNumberException e) {
            violations.add(new Violation(field, e.rule().code(), raw, e.rule().description()));
            return null;
        }
    }

    /** A date written {@code yyyyMMdd} or {@code yyyy-MM-dd}; impossible dates are violations. */
    LocalDate date(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, v.contains("-") ? DASHED : BASIC);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "date.valid", v, "must be a real date written yyyyMMdd"));
            return null;
        }
    }

    String code(String field, CodeTable table) {
        String v = text(field);
        if (v != null && !table.contains(v)) {
            violations.add(new Violation(field, "code." + table.name().replace(" ", "").replace("/", ""), v,
                    "not a code of " + table.name()));
            return null;
        }
        return v;
    }

    DivisionCode division(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        if (!DivisionCode.isValid(v)) {
            violations.add(new Violation(field, "division.code", v, "must be a 12-digit division code"));
            return null;
        }
        return new DivisionCode(v);
    }

    /** A value looked up by {@code parse}; an unknown non-empty value is a violation under {@code rule}. */
    <T> T lookup(String field, Function<String, Optional<T>> parse, String rule, String message) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        Optional<T> t = parse.apply(v);
        if (t.isEmpty()) {
            violations.add(new Violation(field, rule, v, message));
        }
        return t.orElse(null);
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}
