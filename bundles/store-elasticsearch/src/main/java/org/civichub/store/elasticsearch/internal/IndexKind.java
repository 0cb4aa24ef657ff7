package org.civichub.store.elasticsearch.internal;

import java.io.InputStream;
import java.util.Locale;

/**
 * The kinds of documents the store keeps, one index each. Each is written and read through an
 * alias {@code <prefix>-<name>} that points at a versioned index {@code <prefix>-<name>-v<version>}
 * whose settings and mappings come from the index template {@code <prefix>-<name>}.
 */
public enum IndexKind {
    RAW(1),
    RESIDENTS(1),
    HOUSEHOLDS(1),
    QUARANTINE(1),
    CONNECTORS(1),
    CHANGES(1),
    AUDIT(1),
    LINKS(1),
    KEYS(1),
    DELIVERIES(1),
    LEASES(1);

    private final int version;

    IndexKind(int version) {
        this.version = version;
    }

    /** The name part of this kind, e.g. {@code residents}. */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The version of the mapping; a new version means a new index, filled by replaying raw records. */
    public int version() {
        return version;
    }

    /** The JSON mapping of this kind's index. */
    InputStream mapping() {
        InputStream in = IndexKind.class.getResourceAsStream("mappings/" + suffix() + ".json");
        if (in == null) {
            throw new IllegalStateException("no mapping for " + this);
        }
        return in;
    }
}
