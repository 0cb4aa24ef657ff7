package org.civichub.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.SyncProgress;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    @Test
    void eachRunningSyncIsOneLineAndIdleConnectorsNone() {
        ConnectorStatus running = new ConnectorStatus("police-default", "police", List.of("person"), "running", null,
                null, null, null, List.of(), new SyncProgress(Instant.parse("2024-03-01T08:00:00Z"), 1500, 3, 25.04));
        ConnectorStatus idle = new ConnectorStatus("health-default", "health", List.of(), "running", null, null, null,
                null, List.of());

        assertThat(ProgressLines.of(List.of(running, idle))).containsExactly(
                "police-default: syncing since 2024-03-01T08:00:00Z, 1500 records in 3 pages (25.0 records/s)");
    }
}
