package org.civichub.store;

import java.util.List;
import java.util.Optional;

/**
 * Durable connector state. Counts are computed from what is stored, not kept as counters, so they
 * stay exact across crashes and re-reads.
 */
public interface ConnectorStateStore {

    Optional<ConnectorState> get(String connectorId);

    /** Stores the state durably before returning. */
    void put(ConnectorState state);

    /** The record versions a connector instance pulled and where its records stand, per record type. */
    List<RecordCounts> counts(String connectorId);
}
