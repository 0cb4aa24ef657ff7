package org.civichub.pipeline.internal;

import java.util.List;
import java.util.Map;
import org.civichub.model.SourceRecord;
import org.civichub.store.Batch;

/**
 * What one intake batch of {@code records} source records will write besides the records themselves, and which source records each resident document
 * depends on, so that a resident the store rejects can be traced back to its records.
 */
record MergedBatch(String connectorId, int records, Batch batch, Map<String, List<SourceRecord>> recordsByDocument,
                   String watermarkAfter) {

    MergedBatch {
        recordsByDocument = Map.copyOf(recordsByDocument);
    }
}
