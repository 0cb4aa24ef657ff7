package org.civichub.connector.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Reads a connector's durable watermark; the hub provides it and advances it on intake. */
@ProviderType
public interface Watermarks {

    /** The watermark stored for the connector, empty before its first acknowledged page. */
    Optional<String> watermark(String connectorId);

    /**
     * Whether this hub node may move the connector's watermark now: of several nodes, only the one
     * holding the connector's lease. A sync starts only while this holds and stops, handing over,
     * once it no longer does. A hub that runs alone always may.
     */
    default boolean mayRun(String connectorId) {
        return true;
    }
}
