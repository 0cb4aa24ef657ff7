package org.civichub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * A source record held back, with every rule it breaks. Its id is the record version's id, so
 * quarantining the same version twice keeps one entry.
 */
public record QuarantineEntry(SourceRecord record, List<Violation> violations, Instant quarantinedAt) {

    /** A 12-digit division code down to the community, with a province code that exists (11 to 82). */
    private static final Pattern DIVISION = Pattern.compile("(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|7[1]|8[12])\\d{10}");

    public QuarantineEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(quarantinedAt, "quarantinedAt");
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a quarantine entry needs at least one violation");
        }
    }

    public String id() {
        return record.id();
    }

    /**
     * The communities the record is about, for scoping who may read it: every payload value that is
     * a 12-digit division code. Empty when the record has none that can be used; such an entry is
     * for district-wide scopes only ({@link Scope#districtWide()}).
     */
    public List<String> divisions() {
        return record.payload().values().stream().filter(v -> v != null && DIVISION.matcher(v.strip()).matches())
                .map(String::strip).distinct().sorted().toList();
    }
}
