package org.civichub.connector.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Reads a connector's durable watermark; the hub provides it and advances it on intake. */
@ProviderType
public interface Watermarks {

    /** The watermark stored for the connector, empty before its first acknowledged page. */
    Optional<String> watermark(String connectorId);
}
