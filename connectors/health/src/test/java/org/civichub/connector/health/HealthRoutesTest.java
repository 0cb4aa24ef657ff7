package org.civichub.connector.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.health.internal.HealthMapper;
import org.civichub.connector.kit.Positions;
import org.civichub.model.SourceRecord;
import org.civichub.simulators.health.Drop;
import org.civichub.simulators.health.HealthSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paged sync routes with the health source, against the real simulator, into a capturing intake. */
class HealthRoutesTest {

    @TempDir
    Path dir;

    private HealthSimulator simulator;
    private DefaultCamelContext camel;
    private HealthSettings settings;
    private final Map<String, String> storedWatermarks = new ConcurrentHashMap<>();
    private final List<IntakeBatch> batches = new ArrayList<>();
    private final BlockingQueue<SyncOutcome> outcomes = new LinkedBlockingQueue<>();
    private final BlockingQueue<SyncStarted> starts = new LinkedBlockingQueue<>();
    private final AtomicInteger failIntakeOnBatch = new AtomicInteger(-1);

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private Path drop() {
        return dir.resolve("drop");
    }

    private void start(Path dataset, int pageSize) throws Exception {
        simulator = HealthDrops.start(dataset, drop());
        settings = HealthSettings.of("health-test", drop().toString(), "", dir.resolve("archive").toString(), pageSize,
                Duration.ZERO);
        Watermarks watermarks = id -> Optional.ofNullable(storedWatermarks.get(id));
        camel = new DefaultCamelContext();
        camel.addRoutes(HealthConnector.routes(settings, watermarks));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(Intake.ENDPOINT).process(e -> {
                    IntakeBatch b = e.getMessage().getBody(IntakeBatch.class);
                    synchronized (batches) {
                        if (batches.size() == failIntakeOnBatch.get()) {
                            failIntakeOnBatch.set(-1);
                            throw new IllegalStateException("store unavailable");
                        }
                        batches.add(b);
                    }
                    if (b.watermarkAfter() != null) {
                        storedWatermarks.put(b.connectorId(), b.watermarkAfter());
                    }
                    int rejected = (int) b.records().stream().filter(r -> new HealthMapper().map(r).isRejected()).count();
                    e.getMessage().setBody(new IntakeResult(b.records().size() - rejected, 0, rejected));
                });
                from(Intake.SYNC_FINISHED).process(e -> outcomes.add(e.getMessage().getBody(SyncOutcome.class)));
                from(Intake.SYNC_STARTED).process(e -> starts.add(e.getMessage().getBody(SyncStarted.class)));
            }
        });
        camel.start();
    }

    private SyncOutcome sync() throws InterruptedException {
        camel.createProducerTemplate().sendBody(settings.syncEndpoint(), "");
        SyncOutcome o = outcomes.poll(60, TimeUnit.SECONDS);
        assertThat(o).as("sync finished").isNotNull();
        return o;
    }

    private List<SourceRecord> records() {
        synchronized (batches) {
            return batches.stream().flatMap(b -> b.records().stream()).toList();
        }
    }

    private int droppedRows() {
        return simulator.drops().stream().mapToInt(Drop::rows).sum();
    }

    @Test
    void aSyncSendsEveryRowOfEveryDroppedFilePageByPageAndMovesTheFilesToDone() throws Exception {
        start(HealthDrops.generated(dir.resolve("dataset"), 2000), 100);
        HealthDrops.stepToEnd(simulator, 5);

        SyncOutcome o = sync();

        assertThat(o.succeeded()).as(o.error()).isTrue();
        assertThat(o.records()).isEqualTo(droppedRows());
        assertThat(starts).singleElement().isEqualTo(new SyncStarted("health-test", o.startedAt()));
        assertThat(records()).hasSize(droppedRows()).extracting(SourceRecord::id).doesNotHaveDuplicates();
        assertThat(batches).allSatisfy(b -> assertThat(b.records()).hasSizeLessThanOrEqualTo(100));
        assertThat(records()).filteredOn(r -> new HealthMapper().map(r).isRejected()).isEmpty();
        List<String> names = HealthDrops.names(simulator.drops());
        assertThat(HealthDrops.dataFiles(drop().resolve("done"))).containsExactlyInAnyOrderElementsOf(names);
        assertThat(HealthDrops.dataFiles(drop())).isEmpty();
        Positions watermark = Positions.parse(storedWatermarks.get("health-test"));
        assertThat(watermark.get("births")).isEqualTo(last(names, "births_"));
        assertThat(watermark.get("family")).isEqualTo(last(names, "family_"));

        SyncOutcome again = sync();

        assertThat(again.succeeded()).isTrue();
        assertThat(again.records()).isZero();
    }

    private static String last(List<String> names, String prefix) {
        return names.stream().filter(n -> n.startsWith(prefix)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aFailedIntakeLeavesTheFileInPlaceAndTheNextSyncReadsItAgain() throws Exception {
        start(HealthDrops.small(dir.resolve("dataset"), 3, 5), 3);
        HealthDrops.stepToEnd(simulator, 2);
        List<String> names = HealthDrops.names(simulator.drops());
        String firstFile = names.get(0);
        failIntakeOnBatch.set(3);

        SyncOutcome failed = sync();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("store unavailable");
        // births_1 (5 rows: pages of 3 and 2), family_1 (1 row); the first page of the next file fails
        assertThat(batches).hasSize(3);
        assertThat(HealthDrops.dataFiles(drop().resolve("done"))).containsExactly(firstFile, names.get(1));
        String failing = names.get(2);
        assertThat(HealthDrops.dataFiles(drop())).contains(failing);
        assertThat(Positions.parse(storedWatermarks.get("health-test")).get("family")).isEqualTo(names.get(1));

        SyncOutcome resumed = sync();

        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();
        assertThat(HealthDrops.dataFiles(drop())).isEmpty();
        assertThat(HealthDrops.dataFiles(drop().resolve("done"))).containsExactlyInAnyOrderElementsOf(names);
        assertThat(records()).hasSize(droppedRows());
        assertThat(records().stream().map(r -> r.field("_file")).distinct()).containsExactlyElementsOf(names);
    }

    @Test
    void anUnreadableFileGoesToTheConfiguredErrorFolderAndTheSyncStillSucceeds() throws Exception {
        start(HealthDrops.small(dir.resolve("dataset"), 2, 2), 500);
        simulator.setClockToEnd();
        String broken = simulator.drops().get(0).name();
        Files.write(drop().resolve(broken), new byte[] {(byte) 0xFF, (byte) 0xFF, '\n'});

        SyncOutcome o = sync();

        assertThat(o.succeeded()).as(o.error()).isTrue();
        assertThat(o.records()).isEqualTo(droppedRows() - simulator.drops().get(0).rows());
        assertThat(HealthDrops.dataFiles(dir.resolve("archive"))).containsExactly(broken);
        assertThat(dir.resolve("archive").resolve(broken + ".reason.txt")).exists();
    }

    @Test
    void aMissingDropFolderFailsTheSync() throws Exception {
        start(HealthDrops.small(dir.resolve("dataset"), 1, 1), 500);
        simulator.close();
        simulator = null;
        try (var files = Files.walk(drop())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        SyncOutcome o = sync();

        assertThat(o.succeeded()).isFalse();
        assertThat(o.error()).contains("NoSuchFileException", drop().toString());
        assertThat(batches).isEmpty();
    }
}
