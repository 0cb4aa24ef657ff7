package org.civichub.simulators.police;

import java.util.Map;
import java.util.Objects;

/**
 * A parsed notify request: one change event the hub delivers.
 *
 * @param id the event's id, not empty; a delivery with an id already received is a repeat
 * @param type the event's type as given, or null when absent
 * @param subject the event's subject as given, or null when absent
 * @param time the event's time as given, or null when absent
 * @param sequence the event's sequence at the hub, or null when absent
 * @param event the whole CloudEvent, parsed from the JSON text (a JSON object)
 */
record Notification(String id, String type, String subject, String time, Long sequence, Map<String, Object> event) {

    Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
    }
}
