package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * The normalize-and-validate stage: maps each record with its connector's mapper and checks the
 * fragment's constraints. A record that fails either is held back with every violation; the rest
 * of the batch flows on.
 */
final class Normalizer {

    private final ConnectorMappers mappers;
    private final FragmentValidator validator;

    Normalizer(ConnectorMappers mappers, FragmentValidator validator) {
        this.mappers = mappers;
        this.validator = validator;
    }

    NormalizedBatch normalize(IntakeBatch batch) {
        RecordMapper mapper = mappers.mapper(batch.connectorId()).orElseThrow(() ->
                new IllegalStateException("no connector " + batch.connectorId() + " is installed"));
        List<Normalized> out = new ArrayList<>(batch.records().size());
        for (SourceRecord r : batch.records()) {
            out.add(normalize(mapper, r));
        }
        return new NormalizedBatch(batch.connectorId(), out, batch.watermarkAfter());
    }

    private Normalized normalize(RecordMapper mapper, SourceRecord r) {
        Mapping m;
        try {
            m = mapper.map(r);
        } catch (RuntimeException e) {
            return new Normalized(r, null, List.of(new Violation("*", "mapping.failed", "",
                    "the mapper failed: " + e)));
        }
        if (m.isRejected()) {
            return new Normalized(r, null, m.violations());
        }
        List<Violation> broken = validator.validate(m.fragment(), m.sourceField());
        return broken.isEmpty() ? new Normalized(r, m.fragment(), List.of()) : new Normalized(r, null, broken);
    }
}
