package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RecordAccountTest {

    private static final String TRUTH = """
            record_key,person_key
            police:1,p1
            health:1,p1
            police:2,p2
            civil:2,p2
            police:3,p3
            labour:4,p4
            """;

    @Test
    void everyRecordOnceInItsStateWithTheResidentsItNames() throws IOException {
        RecordAccount a = account("""
                record_key,resident_id,state
                police:1,r1,linked
                health:1,r1,linked
                police:2,r2,linked
                civil:2,,review
                police:3,,unlinked
                labour:4,,quarantined
                """);
        assertThat(a.records()).isEqualTo(6);
        assertThat(a.linked()).isEqualTo(3);
        assertThat(a.review()).isEqualTo(1);
        assertThat(a.unlinked()).isEqualTo(1);
        assertThat(a.quarantined()).isEqualTo(1);
        assertThat(a.missing()).isZero();
        assertThat(a.repeated()).isZero();
        assertThat(a.extra()).isZero();
        assertThat(a.splitPersons()).isZero();
        assertThat(a.mergedResidents()).isZero();
        assertThat(a.residents()).containsExactlyInAnyOrder("r1", "r2");
    }

    @Test
    void countsRecordsMissingRepeatedAndUnknown() throws IOException {
        RecordAccount a = account("""
                record_key,resident_id,state
                police:1,r1,linked
                police:1,r9,linked
                police:2,r2,linked
                police:3,r3,linked
                labour:4,r4,linked
                police:99,r5,linked
                """);
        assertThat(a.missing()).as("health:1 and civil:2").isEqualTo(2);
        assertThat(a.repeated()).isEqualTo(1);
        assertThat(a.extra()).isEqualTo(1);
        assertThat(a.linked()).as("a repeated row counts once, as first exported").isEqualTo(4);
        assertThat(a.residents()).doesNotContain("r9", "r5");
    }

    @Test
    void findsPersonsSplitAndResidentsMerged() throws IOException {
        RecordAccount a = account("""
                record_key,resident_id,state
                police:1,r1,linked
                health:1,r2,linked
                police:2,r3,linked
                civil:2,r3,linked
                police:3,r3,linked
                labour:4,r4,linked
                """);
        assertThat(a.splitPersons()).as("p1 on r1 and r2").isEqualTo(1);
        assertThat(a.mergedResidents()).as("r3 holds p2 and p3").isEqualTo(1);
    }

    @Test
    void refusesAnUnknownStateNamingTheRecord() {
        assertThatThrownBy(() -> account("""
                record_key,resident_id,state
                police:1,r1,lost
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("police:1")
                .hasMessageContaining("lost");
    }

    private static RecordAccount account(String links) throws IOException {
        return RecordAccount.of(new StringReader(TRUTH), new StringReader(links));
    }
}
