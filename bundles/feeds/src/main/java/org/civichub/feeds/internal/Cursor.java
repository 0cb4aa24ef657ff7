package org.civichub.feeds.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A feed's cursor: opaque to the departments, a place in the outbox to the hub. */
final class Cursor {

    private static final String PREFIX = "outbox:";

    private Cursor() {
    }

    static String of(long sequence) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.US_ASCII));
    }

    /** The place a cursor names; 0 for none. */
    static long parse(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (s.startsWith(PREFIX)) {
                long sequence = Long.parseLong(s.substring(PREFIX.length()));
                if (sequence >= 0) {
                    return sequence;
                }
            }
        } catch (IllegalArgumentException e) {
            // not one of ours
        }
        throw new IllegalArgumentException("not a cursor of this feed: " + cursor);
    }
}
