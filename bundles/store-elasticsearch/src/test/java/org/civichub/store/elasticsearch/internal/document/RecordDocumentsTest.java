package org.civichub.store.elasticsearch.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Provenance;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.store.ConnectorState;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.RawEntry;
import org.civichub.store.elasticsearch.internal.Json;
import org.junit.jupiter.api.Test;

class RecordDocumentsTest {

    private final ObjectMapper json = Json.objectMapper();

    private static SourceRecord record() {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("XM", "王芳");
        payload.put("ZJHM", "11010519491231002x");
        payload.put("BZ", null);
        return new SourceRecord(new SourceKey("police", "person", "P1"), "3",
                Instant.parse("2024-06-30T10:00:00Z"), Instant.parse("2024-07-01T12:00:00.123456Z"), payload);
    }

    @Test
    void aRawDocumentKeepsThePayloadInOrderWithNullValues() throws Exception {
        String doc = json.writeValueAsString(RawDocument.of(new RawEntry(record(), RawEntry.Outcome.INDEXED, "r1")));

        assertThat(doc).contains("\"payload\":{\"XM\":\"王芳\",\"ZJHM\":\"11010519491231002x\",\"BZ\":null}",
                "\"recordKey\":\"police/person/P1\"", "\"outcome\":\"INDEXED\"", "\"fetchedAt\":\"2024-07-01T12:00:00.123456Z\"");
    }

    @Test
    void aQuarantineEntryReadsBackEqualWithTheSameRecordId() throws Exception {
        QuarantineEntry entry = new QuarantineEntry(record(),
                List.of(new Violation("ZJHM", "id.checkCharacter", "11010519491231002x", "check character")),
                Instant.parse("2024-07-01T12:00:01Z"));

        QuarantineEntry back = json.readValue(json.writeValueAsString(QuarantineDocument.of(entry)),
                QuarantineDocument.class).toEntry();

        assertThat(back).isEqualTo(entry);
        assertThat(back.id()).isEqualTo(entry.id());
    }

    @Test
    void connectorStateAndChangeEventsReadBackEqual() throws Exception {
        ConnectorState state = new ConnectorState("police-default", "2024-07-01|P1", Instant.parse("2024-07-01T00:00:00Z"),
                null, null);
        ChangeEvent change = new ChangeEvent(null, "resident", "r1", "updated", List.of("name", "currentAddress"),
                new Provenance("police", "police/person/P1", "3", Instant.parse("2024-06-30T10:00:00Z")),
                Instant.parse("2024-07-01T12:00:02Z"));

        assertThat(json.readValue(json.writeValueAsString(ConnectorStateDocument.of(state)), ConnectorStateDocument.class)
                .toState()).isEqualTo(state);
        assertThat(json.readValue(json.writeValueAsString(ChangeDocument.of(change, 7)), ChangeDocument.class).toEvent())
                .isEqualTo(change);
    }

    @Test
    void fieldsUnknownToThisVersionAreIgnoredOnReading() throws Exception {
        String newer = "{\"connectorId\":\"c1\",\"watermark\":\"w\",\"addedLater\":{\"x\":1}}";

        assertThat(json.readValue(newer, ConnectorStateDocument.class).toState())
                .isEqualTo(new ConnectorState("c1", "w", null, null, null));
    }
}
