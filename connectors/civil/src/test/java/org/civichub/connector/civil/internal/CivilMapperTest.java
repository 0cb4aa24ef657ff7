package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;

class CivilMapperTest {

    @Test
    void knowsTheFourRecordTypesInTheOrderASyncReadsThem() {
        assertThat(CivilMapper.RECORD_TYPES).containsExactly("assistance", "disability", "death", "elderly");
    }

    @Test
    void anUnknownRecordTypeIsAViolation() {
        SourceRecord r = new SourceRecord(new SourceKey("civil", "marriage", "M1"), "2024-05-01T08:00:00+08:00",
                Instant.EPOCH, Instant.EPOCH, Items.death());

        assertThat(new CivilMapper().map(r).violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("*", "recordType.known", "marriage"));
    }
}
