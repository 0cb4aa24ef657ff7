package org.civichub.pipeline.internal;

import java.util.List;

/** The records of one intake batch after normalization, with the watermark the batch allows. */
record NormalizedBatch(String connectorId, List<Normalized> records, String watermarkAfter) {

    NormalizedBatch {
        records = List.copyOf(records);
    }
}
