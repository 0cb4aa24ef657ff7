package org.civichub.simulators.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OkMarkerTest {

    @TempDir
    Path dir;

    @Test
    void theMarkerAppearsOnlyAfterTheDataFileIsCompleteUnderItsName() throws Exception {
        Path dataset = HealthFixtures.writeDataset(dir.resolve("dataset"), HealthFixtures.births(), HealthFixtures.family());
        Path drop = Files.createDirectories(dir.resolve("drop"));
        List<String> events = new ArrayList<>();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            drop.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            try (HealthSimulator simulator = HealthSimulator.start(HealthSimulatorSettings.load(dataset, drop))) {
                simulator.setClockToEnd();
                int expectedMarkers = simulator.drops().size();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (events.stream().filter(e -> e.endsWith(".ok")).count() < expectedMarkers
                        && System.nanoTime() < deadline) {
                    WatchKey key = watcher.poll(200, TimeUnit.MILLISECONDS);
                    if (key != null) {
                        for (WatchEvent<?> event : key.pollEvents()) {
                            events.add(event.kind().name() + " " + event.context());
                        }
                        key.reset();
                    }
                }
                for (Drop written : simulator.drops()) {
                    Path file = drop.resolve(written.name());
                    int created = events.indexOf("ENTRY_CREATE " + written.name());
                    int marked = events.indexOf("ENTRY_CREATE " + written.okName());
                    assertThat(created).as(written.name()).isGreaterThanOrEqualTo(0).isLessThan(marked);
                    assertThat(events).as("no write under the final name")
                            .doesNotContain("ENTRY_MODIFY " + written.name());
                    List<Map<String, String>> rows = HealthFixtures.read(file);
                    assertThat(rows).hasSize(written.rows());
                }
            }
        }
        assertThat(events).filteredOn(e -> e.startsWith("ENTRY_CREATE ."))
                .allMatch(e -> e.endsWith(".part"));
    }
}
