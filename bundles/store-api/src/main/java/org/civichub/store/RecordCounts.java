package org.civichub.store;

/** How many source record versions of one department and record type were indexed or quarantined. */
public record RecordCounts(String recordType, long indexed, long quarantined) {

    public long pulled() {
        return indexed + quarantined;
    }
}
