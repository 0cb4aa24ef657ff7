package org.civichub.store;

/**
 * The records of one connector and record type: how many versions were pulled, and where each
 * record stands by its latest version. {@code linked + unlinked + quarantined + review} is the
 * number of distinct records.
 */
public record RecordCounts(String recordType, long versions, long linked, long unlinked, long quarantined,
                           long review) {

    /** Distinct records of this type. */
    public long records() {
        return linked + unlinked + quarantined + review;
    }
}
