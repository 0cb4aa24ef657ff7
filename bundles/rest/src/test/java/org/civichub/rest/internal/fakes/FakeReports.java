package org.civichub.rest.internal.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.civichub.model.ChangeEvent;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.pipeline.ReportRefusedException;
import org.civichub.pipeline.Reports;
import org.civichub.store.Outbox;

/**
 * Reports in memory: a report without a known kind or without a date is refused; one that names a
 * resident ({@code residentId}) writes one status event for it into the outbox, caused by the
 * report. Remembers what it filed.
 */
public final class FakeReports implements Reports, Outbox {

    public final List<SourceRecord> filed = new ArrayList<>();
    private final Map<String, SourceRecord> byId = new ConcurrentHashMap<>();
    private final List<Entry> outbox = new ArrayList<>();
    private final Instant now;

    public FakeReports(Instant now) {
        this.now = now;
    }

    @Override
    public synchronized SourceRecord file(Map<String, String> fields, String user) {
        List<Violation> violations = new ArrayList<>();
        String kind = fields.getOrDefault("kind", "");
        if (!KINDS.contains(kind)) {
            violations.add(new Violation("kind", "kind.oneOf", kind, "a report is one of " + KINDS));
        }
        if (fields.getOrDefault("date", "").isBlank()) {
            violations.add(new Violation("date", "field.present", "", "the field is required"));
        }
        if (!violations.isEmpty()) {
            throw new ReportRefusedException(violations);
        }
        Map<String, String> payload = new java.util.LinkedHashMap<>(fields);
        payload.put("user", user);
        SourceRecord r = new SourceRecord(new SourceKey(DEPARTMENT, RECORD_TYPE, UUID.randomUUID().toString()), "1", now, now,
                payload);
        filed.add(r);
        byId.put(r.key().sourceId(), r);
        String resident = fields.get("residentId");
        if (resident != null) {
            outbox.add(new Entry(outbox.size() + 1, new ChangeEvent(null, "resident", resident, "updated",
                    List.of("status"), r.provenance(), now, "1")));
        }
        return r;
    }

    @Override
    public Optional<SourceRecord> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Entry> after(long after, int size) {
        return outbox.stream().filter(e -> e.sequence() > after).limit(size).toList();
    }

    @Override
    public synchronized List<Entry> causedBy(String recordKey, int size) {
        return outbox.stream().filter(e -> e.event().cause().recordKey().equals(recordKey)).limit(size).toList();
    }

    @Override
    public synchronized List<Entry> about(String entityId, int size) {
        List<Entry> out = new ArrayList<>(outbox.stream().filter(e -> e.event().entityId().equals(entityId)).toList());
        java.util.Collections.reverse(out);
        return out.stream().limit(size).toList();
    }

    @Override
    public synchronized long last() {
        return outbox.size();
    }

    @Override
    public synchronized java.util.Map<String, Long> sequences(java.util.Collection<String> ids) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        outbox.stream().filter(e -> ids.contains(e.event().id())).forEach(e -> out.put(e.event().id(), e.sequence()));
        return out;
    }
}
