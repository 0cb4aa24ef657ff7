package org.civichub.connector.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.generic.internal.mapping.GenericMapper;
import org.civichub.connector.generic.internal.mapping.MappingParser;
import org.civichub.connector.generic.internal.mapping.RecordMapping;
import org.civichub.connector.kit.PagedSyncRoutes;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's sync routes with a generic csv-drop source, end to end in Camel on GBK files, into a
 * capturing intake that stores watermarks as the hub does and maps each record as the hub would.
 * The poll timer is replaced by an endpoint no test sends to.
 */
class GenericRoutesTest {

    private static final String ID = "pension-test";

    @TempDir
    Path dir;

    private Path drop;
    private DefaultCamelContext camel;
    private PagedSyncRoutes routes;
    private GenericSettings settings;
    private RecordMapping mapping;
    private final Map<String, String> storedWatermarks = new ConcurrentHashMap<>();
    private final List<IntakeBatch> batches = new ArrayList<>();
    private final List<Mapping> mapped = new ArrayList<>();
    private final BlockingQueue<SyncOutcome> outcomes = new LinkedBlockingQueue<>();
    private final BlockingQueue<SyncStarted> starts = new LinkedBlockingQueue<>();
    private final AtomicInteger failIntakeOnBatch = new AtomicInteger(-1);

    @BeforeEach
    void start() throws Exception {
        drop = dir.resolve("drop");
        Files.createDirectories(drop);
        mapping = MappingParser.parse("pension.mapping", Drops.PENSION_MAPPING);
        settings = new GenericSettings(ID, "labour", dir.resolve("pension.mapping"),
                CsvDropSettings.of(drop.toString(), "pension_*.csv", true, "GBK", ",", "", ""), 3, Duration.ofMinutes(1),
                0, Duration.ZERO, Duration.ZERO, 2, Duration.ofMinutes(2));
        Watermarks watermarks = id -> Optional.ofNullable(storedWatermarks.get(id));
        routes = new PagedSyncRoutes(settings.sync(), GenericConnector.source(settings, mapping, Clock.systemUTC()),
                watermarks);
        camel = new DefaultCamelContext();
        camel.addRoutes(routes);
        camel.addRoutes(intake());
        // the poll timer would start runs of its own; these tests start every run themselves
        AdviceWith.adviceWith(camel, ID + "-poll", a -> a.replaceFromWith("direct:" + ID + "-tick"));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private RouteBuilder intake() {
        GenericMapper mapper = new GenericMapper(mapping);
        return new RouteBuilder() {
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
                        b.records().forEach(r -> mapped.add(mapper.map(r)));
                    }
                    if (b.watermarkAfter() != null) {
                        storedWatermarks.put(b.connectorId(), b.watermarkAfter());
                    }
                    int quarantined = (int) b.records().stream().filter(r -> mapper.map(r).isRejected()).count();
                    e.getMessage().setBody(new IntakeResult(b.records().size() - quarantined, 0, quarantined));
                });
                from(Intake.SYNC_FINISHED).process(e -> outcomes.add(e.getMessage().getBody(SyncOutcome.class)));
                from(Intake.SYNC_STARTED).process(e -> starts.add(e.getMessage().getBody(SyncStarted.class)));
            }
        };
    }

    /** Asks for a sync, as the shell or the REST API does, and waits for its outcome. */
    private SyncOutcome sync() throws InterruptedException {
        camel.createProducerTemplate().sendBody(settings.syncEndpoint(), "");
        SyncOutcome o = outcomes.poll(30, TimeUnit.SECONDS);
        assertThat(o).as("sync finished").isNotNull();
        return o;
    }

    private List<SourceRecord> records() {
        synchronized (batches) {
            return batches.stream().flatMap(b -> b.records().stream()).toList();
        }
    }

    @Test
    void aSyncBringsEveryRowOfTheDropToTheIntakeMappedToFactsAndMovesTheFilesToDone() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 5));
        Drops.drop(drop, "pension_20240502.csv", Drops.csv(5, 7));

        SyncOutcome o = sync();

        assertThat(o.succeeded()).as(o.error()).isTrue();
        assertThat(o.records()).isEqualTo(7);
        assertThat(starts).singleElement().isEqualTo(new SyncStarted(ID, o.startedAt()));
        assertThat(records()).extracting(r -> r.key().recordKey()).doesNotHaveDuplicates()
                .contains("labour/pension/YL000000", "labour/pension/YL000006");
        assertThat(mapped).hasSize(7).allSatisfy(m -> assertThat(m.isRejected()).as(m.violations().toString()).isFalse());
        assertThat(storedWatermarks).containsEntry(ID, "pension=pension_20240502.csv");
        assertThat(drop.resolve("done/pension_20240502.csv")).exists();
        assertThat(sync().records()).isZero();
    }

    @Test
    void aFailedIntakeStopsTheRunLeavesTheFileAndTheNextRunReadsItAgain() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 7));
        failIntakeOnBatch.set(1);

        SyncOutcome failed = sync();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("store unavailable");
        assertThat(drop.resolve("pension_20240501.csv")).exists();
        assertThat(storedWatermarks).isEmpty();

        SyncOutcome resumed = sync();

        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();
        assertThat(resumed.records()).isEqualTo(7);
        assertThat(records().stream().map(SourceRecord::id).distinct()).hasSize(7);
        assertThat(drop.resolve("done/pension_20240501.csv")).exists();
    }

    @Test
    void aMissingDropFolderFailsRunsUntilTheCircuitOpens() throws Exception {
        Files.delete(drop);

        assertThat(sync().error()).contains("NoSuchFileException");
        assertThat(routes.circuitOpen()).isFalse();
        assertThat(sync().error()).contains("NoSuchFileException");
        assertThat(routes.circuitOpen()).isTrue();

        Files.createDirectories(drop);
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 1));
        SyncOutcome o = sync();
        assertThat(o.succeeded()).as("an asked-for sync still runs, and closes the circuit").isTrue();
        assertThat(routes.circuitOpen()).isFalse();
    }
}
