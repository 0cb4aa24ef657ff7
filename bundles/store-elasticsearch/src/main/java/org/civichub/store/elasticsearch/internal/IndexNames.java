package org.civichub.store.elasticsearch.internal;

/** The names of the aliases, indices and index templates under one prefix. */
public record IndexNames(String prefix) {

    /** The alias all reads and writes of a kind go through. */
    public String alias(IndexKind kind) {
        return prefix + "-" + kind.suffix();
    }

    /** The concrete index of the kind's current mapping version. */
    public String index(IndexKind kind) {
        return alias(kind) + "-v" + kind.version();
    }

    /** The index template, matching every version of the kind's index. */
    public String template(IndexKind kind) {
        return alias(kind);
    }

    public String pattern(IndexKind kind) {
        return alias(kind) + "-v*";
    }
}
