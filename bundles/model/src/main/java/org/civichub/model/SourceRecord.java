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
 * record twice yields the same id; the fetch time takes no part in it. Immutable; the hash and the
 * id are computed once.
 */
public final class SourceRecord {

    private final SourceKey key;
    private final String sourceVersion;
    private final Instant updatedAt;
    private final Instant fetchedAt;
    private final Map<String, String> payload;
    /** Derived from the fields above when first asked for; a race computes the same string twice. */
    private String hash;
    private String id;

    public SourceRecord(SourceKey key, String sourceVersion, Instant updatedAt, Instant fetchedAt,
                        Map<String, String> payload) {
        this.key = Objects.requireNonNull(key, "key");
        this.sourceVersion = Objects.requireNonNull(sourceVersion, "sourceVersion");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.fetchedAt = Objects.requireNonNull(fetchedAt, "fetchedAt");
        this.payload = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(payload, "payload")));
    }

    public SourceKey key() {
        return key;
    }

    public String sourceVersion() {
        return sourceVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    public Map<String, String> payload() {
        return payload;
    }

    /** SHA-256 over the payload's fields in name order. */
    public String hash() {
        String h = hash;
        if (h == null) {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(payload).forEach((k, v) -> sb.append(k).append('\u001f').append(v).append('\u001e'));
            h = Hashes.sha256Hex(sb.toString().getBytes(StandardCharsets.UTF_8));
            hash = h;
        }
        return h;
    }

    /** The deterministic id of this version of this record. */
    public String id() {
        String i = id;
        if (i == null) {
            i = Hashes.shortId(key.recordKey() + "@" + sourceVersion + "#" + hash());
            id = i;
        }
        return i;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRecord r && key.equals(r.key) && sourceVersion.equals(r.sourceVersion)
                && updatedAt.equals(r.updatedAt) && fetchedAt.equals(r.fetchedAt) && payload.equals(r.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, sourceVersion, updatedAt, fetchedAt, payload);
    }

    @Override
    public String toString() {
        return "SourceRecord[key=" + key + ", sourceVersion=" + sourceVersion + ", updatedAt=" + updatedAt
                + ", fetchedAt=" + fetchedAt + ", payload=" + payload + "]";
    }
}
