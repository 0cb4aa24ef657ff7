package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.civichub.cluster.LeaseLostException;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.store.ConnectorState;
import org.junit.jupiter.api.Test;

class SyncOutcomesTest {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");
    private static final Instant END = START.plusSeconds(30);
    private static final ConnectorState STORED = new ConnectorState("police-default", "2024-12-27 10:15:39", START,
            null, null);

    private final MemoryStore store = new MemoryStore();

    @Test
    void aFailedRunIsRecordedKeepingTheWatermark() {
        store.put(STORED);
        new SyncOutcomes(store, new AloneNode()).record(new SyncOutcome("police-default", START, END, 500,
                "WebServiceException: Could not send Message."));

        assertThat(store.get("police-default")).contains(new ConnectorState("police-default", "2024-12-27 10:15:39",
                START, "WebServiceException: Could not send Message.", END));
    }

    @Test
    void aRunThatEndedOnANodeWhichLostTheLeaseLeavesTheStateToItsHolder() {
        store.put(STORED);
        AloneNode stalled = new AloneNode() {
            @Override
            public void confirmHeld(String lease) {
                throw new LeaseLostException("lost the lease " + lease);
            }
        };

        new SyncOutcomes(store, stalled).record(new SyncOutcome("police-default", START, END, 500,
                "LeaseLostException: lost the lease connector/police-default"));
        new SyncOutcomes(store, stalled).record(new SyncOutcome("police-default", START, END, 500, null));

        assertThat(store.get("police-default")).contains(STORED);
    }
}
