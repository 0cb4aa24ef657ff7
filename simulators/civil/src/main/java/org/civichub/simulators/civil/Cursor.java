package org.civichub.simulators.civil;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import org.civichub.simulators.common.Row;

/**
 * What a {@code nextCursor} carries: the record type, the paging run's upper bound (the clock when
 * its first page was asked for) and the last row served, by its place in table order. Encoded as
 * base64url of {@code v1}, the type, the bound, the row's update time, file order and key, one per line.
 *
 * @param type the record type the cursor was issued for
 * @param bound the run's inclusive upper bound
 * @param updatedAt the last served row's update time
 * @param fileOrder the last served row's file order
 * @param key the last served row's key
 */
record Cursor(String type, Instant bound, Instant updatedAt, int fileOrder, String key) {

    private static final String VERSION = "v1";

    Cursor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(key, "key");
    }

    static Cursor after(String type, Instant bound, Row row) {
        return new Cursor(type, bound, row.updatedAt(), row.fileOrder(), row.key());
    }

    String encode() {
        String plain = String.join("\n", VERSION, type, bound.toString(), updatedAt.toString(),
                Integer.toString(fileOrder), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor of this service */
    static Cursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)
                    .split("\n", 6);
            if (parts.length != 6 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            int fileOrder = Integer.parseInt(parts[4]);
            if (fileOrder < 0) {
                throw invalid();
            }
            return new Cursor(parts[1], Instant.parse(parts[2]), Instant.parse(parts[3]), fileOrder, parts[5]);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("cursor is not one this service issued");
    }
}
