package org.civichub.pipeline;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The connectors installed in the hub, for operators: the REST API and the shell use this. */
@ProviderType
public interface Connectors {

    /** Every installed connector instance, ordered by id. */
    List<ConnectorStatus> list();

    Optional<ConnectorStatus> get(String id);

    /**
     * Starts a sync of the connector now, unless one is already running or queued.
     *
     * @return {@code false} when no connector has that id
     */
    boolean sync(String id);
}
