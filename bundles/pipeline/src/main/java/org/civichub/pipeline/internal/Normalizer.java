package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * The normalize-and-validate stage: maps each record with its connector's mapper and checks the
 * constraints of every fragment it yields (the subject's violations name its source fields; those of
 * the other persons the fields the mapping names {@code <index>.<property>}). A record that fails either is held back with every violation; the rest
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
            return Normalized.held(r, List.of(new Violation("*", "mapping.failed", "", "the mapper failed: " + e)));
        }
        if (m.isRejected()) {
            return Normalized.held(r, m.violations());
        }
        List<Violation> broken = new ArrayList<>();
        for (int i = 0; i < m.persons().size(); i++) {
            broken.addAll(validator.validate(m.persons().get(i), sourceFields(m.sourceField(), i)));
        }
        return broken.isEmpty() ? new Normalized(r, m.persons(), List.of(), findings(m)) : Normalized.held(r, broken);
    }

    /** The mapping's findings as {@code <property>:<rule>}, the property named as the fragment names it. */
    private static List<String> findings(Mapping m) {
        List<String> out = new ArrayList<>();
        for (Violation v : m.findings()) {
            String property = m.sourceField().entrySet().stream().filter(e -> e.getValue().equals(v.field()))
                    .map(Map.Entry::getKey).findFirst().orElse(v.field());
            out.add(property + ":" + v.rule());
        }
        return out;
    }

    /** The source fields of person {@code i}: the subject's keys as they are, the others' prefixed {@code i.}. */
    private static Map<String, String> sourceFields(Map<String, String> all, int i) {
        if (i == 0) {
            return all;
        }
        String prefix = i + ".";
        Map<String, String> out = new HashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
