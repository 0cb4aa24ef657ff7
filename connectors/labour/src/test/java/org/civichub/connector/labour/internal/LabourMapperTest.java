package org.civichub.connector.labour.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;

class LabourMapperTest {

    @Test
    void aRecordOfAnotherTypeIsRejected() {
        var m = new LabourMapper().map(LabourRecords.record("inbox", "DJBH", LabourRecords.employment()));

        assertThat(m.violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("*", "recordType.known", "inbox"));
    }

    @Test
    void recordsAreMappedByTheirType() {
        var mapper = new LabourMapper();

        assertThat(mapper.map(LabourRecords.employment(java.util.Map.of())).subject().tags().get(0).kind().code())
                .isEqualTo("employed");
        assertThat(mapper.map(LabourRecords.insurance(java.util.Map.of())).subject().tags().get(0).kind().code())
                .isEqualTo("insured");
    }
}
