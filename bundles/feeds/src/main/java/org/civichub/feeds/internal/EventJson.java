package org.civichub.feeds.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.civichub.feeds.FeedEvent;

/**
 * A feed event in the CloudEvents JSON format, as every channel hands it to a department: the
 * record's attributes as members, {@code time} an ISO-8601 instant, {@code data} a JSON object.
 */
final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventJson() {
    }

    /** The event as UTF-8 JSON. */
    static byte[] bytes(FeedEvent event) throws JsonProcessingException {
        return JSON.writeValueAsBytes(event);
    }

    /** The event as JSON text. */
    static String text(FeedEvent event) throws JsonProcessingException {
        return JSON.writeValueAsString(event);
    }
}
