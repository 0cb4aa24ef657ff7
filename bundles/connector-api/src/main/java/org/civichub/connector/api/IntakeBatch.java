package org.civichub.connector.api;

import java.util.List;
import java.util.Objects;
import org.civichub.model.SourceRecord;

/**
 * One page of records sent to {@link Intake#ENDPOINT}. {@code watermarkAfter} is the connector's
 * position once every record of this page (and of every earlier page) is durably written, or
 * {@code null} when this page does not allow the watermark to advance.
 */
public record IntakeBatch(String connectorId, List<SourceRecord> records, String watermarkAfter) {

    public IntakeBatch {
        Objects.requireNonNull(connectorId, "connectorId");
        records = List.copyOf(records);
    }
}
