package org.civichub.connector.civil.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The record types the civil-affairs service serves, in the order a sync run reads them, each with
 * the field that keys its records. A stream's name is its record type and the file stem of its
 * dataset file ({@code civil/assistance.csv}).
 */
public enum CivilStream {
    ASSISTANCE("assistance", "caseNo"),
    DISABILITY("disability", "certificateNo"),
    DEATH("death", "cremationNo"),
    ELDERLY("elderly", "idCard");

    /** The field holding every record's update time, sent again as the record's version. */
    public static final String UPDATED_AT = "updatedAt";

    private final String recordType;
    private final String keyField;

    CivilStream(String recordType, String keyField) {
        this.recordType = recordType;
        this.keyField = keyField;
    }

    public String recordType() {
        return recordType;
    }

    public String keyField() {
        return keyField;
    }

    /** The stream a run reads after this one, empty after the last. */
    public Optional<CivilStream> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }

    public static Optional<CivilStream> of(String recordType) {
        return Arrays.stream(values()).filter(s -> s.recordType.equals(recordType)).findFirst();
    }
}
