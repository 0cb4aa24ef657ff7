package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.pipeline.internal.PoliceRecords.floating;
import static org.civichub.pipeline.internal.PoliceRecords.idNumber;
import static org.civichub.pipeline.internal.PoliceRecords.page;
import static org.civichub.pipeline.internal.PoliceRecords.person;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.civichub.model.ChangeEvent;
import org.civichub.model.IdNumber;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.Test;

/** Issue 8, "Nothing lost": no change event of a resident is lost, nor overwritten by another. */
class NothingLostTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String LI = idNumber("19680705", 42);
    private static final String WANGS = "H3502030060001";

    @Test
    void aChangeCausedByAnOlderRecordKeepsTheEventOfTheEarlierChange() throws Exception {
        MemoryStore store = new MemoryStore();
        SourceRecord li = person(LI, "李秀英", WANGS, "10", "2024-01-10 09:00:00");
        SourceRecord permit = floating("JZ350203000456", LI, "李秀英", "2023-06-01 10:00:00");

        try (IntakeHub hub = new IntakeHub(store, store, store, CLOCK)) {
            hub.send(page(li));
            // Read again with an older record that still adds a residence permit, as a page re-read
            // across the watermark can be.
            hub.send(page(permit, li));
        }

        String resident = Fragments.PSEUDONYMS.residentId(IdNumber.parse(LI));
        assertThat(store.changes().values()).filteredOn(c -> c.entityId().equals(resident))
                .extracting(ChangeEvent::kind, c -> c.cause().recordKey())
                .containsExactlyInAnyOrder(tuple("created", li.key().recordKey()),
                        tuple("updated", permit.key().recordKey()));
    }
}
