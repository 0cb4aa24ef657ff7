package org.civichub.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civichub.model.ChangeEvent;

/**
 * Reads the outbox: the change events in the order the hub wrote them. Each event written gets the
 * next number of one monotonic sequence; an event written again (the same id, by a later attempt at
 * its batch) gets a new, higher number, so a reader that passed it meets it again: delivery from
 * the outbox is at least once, the event id the key to recognise a repeat.
 */
public interface Outbox {

    /** An event with its place in the outbox. */
    record Entry(long sequence, ChangeEvent event) {
        public Entry {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Up to {@code size} events with a sequence above {@code after} (0 for the first), in sequence order. */
    List<Entry> after(long after, int size);

    /** The newest {@code size} events about one resident or household ({@code entityId}), newest first. */
    List<Entry> about(String entityId, int size);

    /** Up to {@code size} events that one source record ({@code recordKey}, any version) caused, in sequence order. */
    List<Entry> causedBy(String recordKey, int size);

    /** The sequence of the last event written; 0 when there is none. */
    long last();

    /**
     * The sequence each event has now, read by id: this sees every write acknowledged, where
     * {@link #after} sees what the store last made searchable, so an event {@link #after} still shows
     * at a place it has since left (written again further on) is told apart. Events not found are left out.
     */
    Map<String, Long> sequences(Collection<String> ids);
}
