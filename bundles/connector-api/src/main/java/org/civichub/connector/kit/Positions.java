package org.civichub.connector.kit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A watermark made of one position per stream (per record type or table), written
 * {@code name=position&name=position} with both URL-encoded, so one connector can read several
 * streams and still keep one watermark.
 */
public record Positions(Map<String, String> byStream) {

    public Positions {
        byStream = Collections.unmodifiableMap(new TreeMap<>(byStream));
    }

    public static Positions parse(String watermark) {
        Map<String, String> m = new TreeMap<>();
        if (watermark != null && !watermark.isBlank()) {
            for (String pair : watermark.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return new Positions(m);
    }

    /** The position of a stream, or {@code null} before its first acknowledged page. */
    public String get(String stream) {
        return byStream.get(stream);
    }

    /** These positions with {@code stream} at {@code position} (unchanged when it is {@code null}). */
    public Positions with(String stream, String position) {
        if (position == null) {
            return this;
        }
        Map<String, String> m = new TreeMap<>(byStream);
        m.put(stream, position);
        return new Positions(m);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        byStream.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
