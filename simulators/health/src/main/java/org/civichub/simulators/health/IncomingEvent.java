package org.civichub.simulators.health;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event file in the incoming folder whose {@code .ok} marker is there: either its parsed event or
 * why it could not be read.
 *
 * @param file the data file's name, e.g. {@code civichub_000000000123_ev-1.json}
 * @param sequence the sequence in the name, or null when the name is not the contract's
 * @param id the event's {@code id} from the JSON; the id in the name when the JSON has none or cannot
 *        be read; null when neither is known
 * @param receivedAt when the marker was last written (its modification time)
 * @param event the whole CloudEvent (a JSON object), or null when {@code error} says why not
 * @param error why the file could not be read as an event, or null
 */
public record IncomingEvent(String file, Long sequence, String id, Instant receivedAt, Map<String, Object> event,
                            String error) {

    public IncomingEvent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if ((event == null) == (error == null)) {
            throw new IllegalArgumentException("an incoming event has either an event or an error");
        }
    }
}
