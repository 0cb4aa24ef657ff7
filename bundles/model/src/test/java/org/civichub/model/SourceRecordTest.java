package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceRecordTest {

    private static SourceRecord record(Map<String, String> payload, Instant fetchedAt) {
        return new SourceRecord(new SourceKey("police", "person", "110105194912310021"), "2024-01-01 10:00:00",
                Instant.parse("2024-01-01T02:00:00Z"), fetchedAt, payload);
    }

    @Test
    void aKeyWithWhiteSpaceAroundItIsTheSameRecord() {
        SourceKey spaced = new SourceKey("civil", "elderly", " 350203195101294128 ");
        assertThat(spaced).isEqualTo(new SourceKey("civil", "elderly", "350203195101294128"));
        assertThat(spaced.recordKey()).isEqualTo("civil/elderly/350203195101294128");
    }

    @Test
    void idDependsOnContentButNotOnFetchTimeOrFieldOrder() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("XM", "王芳");
        a.put("XB", "2");
        Map<String, String> b = new LinkedHashMap<>();
        b.put("XB", "2");
        b.put("XM", "王芳");
        SourceRecord first = record(a, Instant.parse("2024-02-01T00:00:00Z"));
        SourceRecord again = record(b, Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(again.id()).isEqualTo(first.id());

        b.put("XM", "王芳芳");
        assertThat(record(b, Instant.EPOCH).id()).isNotEqualTo(first.id());
    }

    @Test
    void recordKeyNamesDepartmentTypeAndKey() {
        SourceRecord r = record(Map.of(), Instant.EPOCH);
        assertThat(r.key().recordKey()).isEqualTo("police/person/110105194912310021");
        assertThat(r.field("missing")).isEmpty();
    }
}
