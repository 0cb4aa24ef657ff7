package org.civichub.simulators.labour;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@value LabourContract#INBOX}: a change the hub delivered to the labour department.
 *
 * @param id the row number, in order of arrival
 * @param eventId the hub's id of the change, unique in the table (a redelivery is refused by the database)
 * @param type the kind of change, e.g. {@code death}
 * @param payload the delivered document as given, may be null
 * @param receivedAt when the row was written, set by the database
 */
public record InboxEntry(long id, String eventId, String type, String payload, Instant receivedAt) {

    public InboxEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
