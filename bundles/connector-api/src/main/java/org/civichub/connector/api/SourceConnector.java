package org.civichub.connector.api;

import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A connector instance pulling records from one department system. Connectors register this as an
 * OSGi service; the hub adds their {@link #routes()} to its single Camel context while the service
 * is registered and removes them when it goes away. Nobody looks a connector up by name.
 *
 * <p>The routes hand each page of records to {@link Intake#ENDPOINT} and move on only when it
 * returns; the hub advances the connector's watermark once the page is durably written.
 */
@ConsumerType
public interface SourceConnector {

    /** The instance id, unique in the hub, e.g. {@code police-default}; also the prefix of its route ids. */
    String id();

    /** The department the records come from, e.g. {@code police}. */
    String department();

    /** The record types this connector pulls, e.g. {@code person} and {@code floating}. */
    List<String> recordTypes();

    /** The routes that pull records. Route ids and endpoint URIs start with {@link #id()}. */
    RoutesBuilder routes();

    /** The endpoint that starts a sync when it receives any message. */
    default String syncEndpoint() {
        return "direct:" + id() + "-sync";
    }

    /** Maps a record of this connector's department to the canonical model. */
    RecordMapper mapper();
}
