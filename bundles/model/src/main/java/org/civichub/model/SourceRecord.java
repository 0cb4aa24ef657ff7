package org.civichub.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One version of one source record exactly as received: the fields as the department system sent
 * them (never cleaned), with the version and update time the system gave it and when the hub
 * fetched it.
 *
 * <p>{@link #id()} is deterministic from the key, the version and the content, so reading the same
 * record twice yields the same id; the fetch time takes no part in it.
 */
public record SourceRecord(
        SourceKey key,
        String sourceVersion,
        Instant updatedAt,
        Instant fetchedAt,
        Map<String, String> payload) {

    public SourceRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        payload = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(payload, "payload")));
    }

    /** SHA-256 over the payload's fields in name order. */
    public String hash() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(payload).forEach((k, v) -> sb.append(k).append('\u001f').append(v).append('\u001e'));
        return Hashes.sha256Hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The deterministic id of this version of this record. */
    public String id() {
        return Hashes.shortId(key.recordKey() + "@" + sourceVersion + "#" + hash());
    }

    /** The provenance of every value taken from this record. */
    public Provenance provenance() {
        return new Provenance(key.department(), key.recordKey(), sourceVersion, updatedAt);
    }

    /** The value of a field, or an empty string when the record does not have it. */
    public String field(String name) {
        String v = payload.get(name);
        return v == null ? "" : v;
    }
}
