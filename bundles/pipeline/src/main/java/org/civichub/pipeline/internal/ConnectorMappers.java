package org.civichub.pipeline.internal;

import java.util.Optional;
import org.civichub.connector.api.RecordMapper;

/** Finds the mapper of an installed connector instance. */
interface ConnectorMappers {

    Optional<RecordMapper> mapper(String connectorId);
}
