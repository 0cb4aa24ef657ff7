package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.civichub.model.IdNumber;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;

class FieldReaderTest {

    private static final String VALID = "350203199003070014";

    private static FieldReader reader(Map<String, String> fields) {
        return new FieldReader(new SourceRecord(new SourceKey("civil", "elderly", "k"), "2024-01-01T10:00:00+08:00",
                Instant.EPOCH, Instant.EPOCH, fields));
    }

    @Test
    void aLinkableIdIsValidOrAbsentAndOnlyGarbageIsAViolation() {
        Map<String, String> f = new HashMap<>();
        f.put("ok", VALID);
        f.put("check", "350203199003070015");
        f.put("date", "350203199002300011");
        f.put("empty", " ");
        f.put("short", "3502031990");
        f.put("letters", "35020319900307001A");
        FieldReader r = reader(f);

        assertThat(r.linkableId("ok")).isEqualTo(new IdNumber(VALID));
        assertThat(r.linkableId("check")).isNull();
        assertThat(r.linkableId("date")).isNull();
        assertThat(r.linkableId("empty")).isNull();
        assertThat(r.isValid()).isTrue();
        assertThat(r.linkableId("short")).isNull();
        assertThat(r.linkableId("letters")).isNull();
        assertThat(r.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("short", "id.length"), tuple("letters", "id.characters"));
    }

    @Test
    void theWrittenIdIsKeptOnlyWhenATypoMadeItInvalid() {
        Map<String, String> f = new HashMap<>();
        f.put("ok", VALID);
        f.put("check", " 35020319900307001５");
        f.put("date", "350203199002300011");
        f.put("empty", " ");
        f.put("short", "3502031990");
        FieldReader r = reader(f);

        assertThat(r.writtenId("ok")).isNull();
        assertThat(r.writtenId("check")).isEqualTo("350203199003070015");
        assertThat(r.writtenId("date")).isEqualTo("350203199002300011");
        assertThat(r.writtenId("empty")).isNull();
        assertThat(r.writtenId("short")).isNull();
        assertThat(r.isValid()).as("reading the written ID adds no violation").isTrue();
    }

    @Test
    void everyBrokenFieldIsCollectedWithItsRuleAndValue() {
        Map<String, String> f = new HashMap<>();
        f.put("alone", "maybe");
        f.put("level", "7");
        f.put("amount", "-3");
        f.put("type", "外星");
        f.put("when", "2023/2/30");
        FieldReader r = reader(f);

        assertThat(r.bool("alone")).isNull();
        assertThat(r.integer("level", 0, 3)).isNull();
        assertThat(r.amount("amount")).isNull();
        assertThat(r.choice("type", Map.of("视力", 1), "code.disabilityType")).isNull();
        assertThat(r.date("when")).isNull();
        assertThat(r.required("missing")).isNull();

        assertThat(r.violations()).extracting(Violation::field, Violation::rule, Violation::value).containsExactly(
                tuple("alone", "boolean.valid", "maybe"), tuple("level", "integer.range", "7"),
                tuple("amount", "decimal.valid", "-3"), tuple("type", "code.disabilityType", "外星"),
                tuple("when", "date.valid", "2023/2/30"), tuple("missing", "field.present", ""));
    }

    @Test
    void goodValuesReadTyped() {
        FieldReader r = reader(Map.of("alone", "true", "level", "2", "amount", "1540.00", "when", "2023/5/7"));
        assertThat(r.bool("alone")).isTrue();
        assertThat(r.integer("level", 0, 3)).isEqualTo(2);
        assertThat(r.amount("amount")).isEqualByComparingTo(new BigDecimal("1540"));
        assertThat(r.date("when")).isEqualTo(LocalDate.of(2023, 5, 7));
        assertThat(r.updateTime("updatedAt")).isEqualTo(Instant.parse("2024-01-01T02:00:00Z"));
        assertThat(r.isValid()).isTrue();
    }
}
