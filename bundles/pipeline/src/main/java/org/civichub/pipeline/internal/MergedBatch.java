package org.civichub.pipeline.internal;

import java.util.List;
import java.util.Map;
import org.civichub.model.SourceRecord;
import org.civichub.store.Batch;
import org.civichub.store.Link;

/**
 * What one intake batch of {@code records} source records will write besides the records themselves, which source records each resident document
 * depends on, so that a resident the store rejects can be traced back to its records, and where
 * each record (by its id) stands, written last.
 */
record MergedBatch(String connectorId, int records, Batch batch, Map<String, List<SourceRecord>> recordsByDocument,
                   Map<String, Link> linksByRecord, String watermarkAfter) {

    MergedBatch {
        recordsByDocument = Map.copyOf(recordsByDocument);
        linksByRecord = Map.copyOf(linksByRecord);
    }
}
