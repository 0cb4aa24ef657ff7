package org.civichub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Proof of delivery: for every event pushed to a department's system, when it was delivered and
 * when the department acknowledged it, kept per department and event. A department's channel reads
 * on after the last event it delivered, so what is recorded here is its position too.
 */
public interface Deliveries {

    /**
     * One event delivered to one department: its place in the outbox when delivered, when, the
     * attempts it took (delivering again after a failure counts), and when the department said it
     * received it ({@code null} while it has not).
     */
    record Receipt(String department, String eventId, long sequence, Instant deliveredAt, Instant acknowledgedAt,
                   int attempts) {
        public Receipt {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(deliveredAt, "deliveredAt");
        }
    }

    /** Records deliveries, in one go; all of them are durable when this returns. */
    void record(List<Receipt> receipts);

    /** The department's receipt of an event, if it was delivered. */
    Optional<Receipt> receipt(String department, String eventId);

    /** The outbox sequence of the last event delivered to the department; 0 when none was. */
    long lastSequence(String department);

    /** How many events were delivered to the department. */
    long count(String department);
}
