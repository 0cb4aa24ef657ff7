package org.civichub.store.elasticsearch.internal.document;

/** A counter kept beside the leases: the last number given out. */
public record CounterDocument(long last) {
}
