package org.civichub.store.elasticsearch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.store.Batch;
import org.civichub.store.Link;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.RawEntry;

/** Source records, raw entries and quarantine entries for tests. */
final class Records {

    static final Instant FETCHED = Instant.parse("2024-07-01T12:00:00Z");

    private Records() {
    }

    static SourceRecord record(String department, String type, String sourceId, String version) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("ZJHM", sourceId);
        payload.put("XM", "张三");
        payload.put("odd.field with spaces", "{\"nested\": [1, 2]}");
        payload.put("BZ", null);
        return new SourceRecord(new SourceKey(department, type, sourceId), version,
                Instant.parse("2024-06-30T10:00:00Z"), FETCHED, payload);
    }

    static RawEntry indexed(SourceRecord r, String residentId) {
        return new RawEntry(r, RawEntry.Outcome.INDEXED, residentId, r.key().department());
    }

    static RawEntry quarantined(SourceRecord r) {
        return new RawEntry(r, RawEntry.Outcome.QUARANTINED, null, r.key().department());
    }

    /** Where a record stands, as written through the connector named after its department. */
    static Link link(RawEntry e) {
        Link.State state = switch (e.outcome()) {
            case INDEXED -> Link.State.LINKED;
            case UNLINKED -> Link.State.UNLINKED;
            case QUARANTINED -> Link.State.QUARANTINED;
        };
        return Link.of(e.record().key().recordKey().replace('/', '-'), e.connectorId(), e.record(), state, e.residentId());
    }

    static List<Link> links(List<RawEntry> raw) {
        return raw.stream().map(Records::link).toList();
    }

    static QuarantineEntry quarantine(SourceRecord r, Instant at) {
        return new QuarantineEntry(r, List.of(new Violation("ZJHM", "id.checkCharacter", r.field("ZJHM"),
                "the check character does not match GB 11643")), at);
    }

    static Batch rawOnly(List<RawEntry> raw) {
        return new Batch(raw, List.of(), List.of(), List.of(), List.of());
    }
}
