package org.civichub.model;

import java.util.Objects;

/**
 * Identifies one record in one department system: the department ({@code police}), the record
 * type ({@code person}) and the record's own key in that system, without the white space around it
 * that some versions of a record carry.
 */
public record SourceKey(String department, String recordType, String sourceId) {

    public SourceKey {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(sourceId, "sourceId");
        sourceId = sourceId.strip();
    }

    /** {@code <department>/<record type>/<key>}, e.g. {@code police/person/110101199003077777}. */
    public String recordKey() {
        return department + "/" + recordType + "/" + sourceId;
    }

    @Override
    public String toString() {
        return recordKey();
    }
}
