package org.civichub.feeds;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change as a department receives it: a CloudEvents 1.0 event in JSON form. {@code id} is the
 * change event's id, the key to recognise a repeated delivery; {@code subject} the resident's id;
 * {@code type} {@code org.civichub.resident.created} or {@code .updated}; {@code data} the kinds of
 * change the department is entitled to that this change is, the entitled fields it changed, and the
 * resident's entitled fields as they are now. {@code sequence} (the CloudEvents sequence extension)
 * is the event's place in the outbox, as a decimal string: events of one feed come in its order.
 */
public record FeedEvent(String specversion, String id, String source, String type, String subject, Instant time,
                        String datacontenttype, String sequence, Map<String, Object> data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String SOURCE = "urn:civichub:residents";

    public FeedEvent {
        Objects.requireNonNull(id, "id");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
