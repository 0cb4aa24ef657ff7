package org.civichub.connector.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.kit.PagedSyncRoutes;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.labour.internal.LabourMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.TagStatus;
import org.civichub.simulators.labour.LabourSimulator;
import org.civichub.simulators.labour.LabourSimulatorSettings;
import org.civichub.simulators.labour.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The connector's sync routes end to end: the kit's {@link PagedSyncRoutes} over the labour source,
 * against the real simulator's tables in PostgreSQL, sending to an intake that captures every page.
 */
class LabourRoutesTest {

    private static final String ID = "labour-test";

    @TempDir
    Path dir;

    private final String schema = TestPostgres.freshSchema();
    private LabourSimulator simulator;
    private DefaultCamelContext camel;
    private PagedSyncRoutes routes;
    private LabourSettings settings;
    private final AtomicReference<DataSource> dataSource = new AtomicReference<>(TestPostgres.dataSource());
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

    private void start(List<List<String>> jyDj, List<List<String>> sbCb, int pageSize) throws Exception {
        simulator = LabourSimulator.start(LabourSimulatorSettings.load(LabourDatasets.write(dir, jyDj, sbCb),
                TestPostgres.simulatorDatabase(schema)).withReset(true));
        settings = new LabourSettings(ID, schema + ".", "JY_DJ", "SB_CB", pageSize, Duration.ZERO,
                Duration.ofSeconds(10), 2, Duration.ofMinutes(5));
        Watermarks watermarks = id -> Optional.ofNullable(storedWatermarks.get(id));
        routes = LabourConnector.routes(settings, dataSource::get, watermarks);
        camel = new DefaultCamelContext();
        camel.addRoutes(routes);
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
                    e.getMessage().setBody(new IntakeResult(b.records().size(), 0, 0));
                });
                from(Intake.SYNC_FINISHED).process(e -> outcomes.add(e.getMessage().getBody(SyncOutcome.class)));
                from(Intake.SYNC_STARTED).process(e -> starts.add(e.getMessage().getBody(SyncStarted.class)));
            }
        });
        camel.start();
    }

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

    private List<String> keys() {
        return records().stream().map(r -> r.key().recordKey()).toList();
    }

    private static List<String> allKeys(int jyDj, int sbCb) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < jyDj; i++) {
            keys.add("labour/jy_dj/" + LabourDatasets.djbh(i));
        }
        for (int i = 0; i < sbCb; i++) {
            keys.add("labour/sb_cb/" + LabourDatasets.cbbh(i));
        }
        return keys;
    }

    @Test
    void pagesThroughBothTablesAndAdvancesTheWatermarkPageByPage() throws Exception {
        start(LabourDatasets.employments(1200, 7), LabourDatasets.insurances(600, 3), 500);
        simulator.setClockToEnd();

        SyncOutcome o = sync();

        assertThat(o.succeeded()).as(o.error()).isTrue();
        assertThat(o.records()).isEqualTo(1800);
        assertThat(starts).singleElement().isEqualTo(new SyncStarted(ID, o.startedAt()));
        assertThat(batches).extracting(b -> b.records().size()).containsExactly(500, 500, 200, 500, 100);
        assertThat(batches).extracting(IntakeBatch::connectorId).containsOnly(ID);
        assertThat(keys()).containsExactlyElementsOf(allKeys(1200, 600));
        assertThat(Positions.parse(storedWatermarks.get(ID)).byStream()).containsExactly(
                Map.entry("jy_dj", LabourDatasets.czsj(1199 / 7) + "|1200"),
                Map.entry("sb_cb", LabourDatasets.czsj(599 / 3) + "|600"));
        assertThat(Positions.parse(batches.get(0).watermarkAfter()).byStream())
                .containsExactly(Map.entry("jy_dj", LabourDatasets.czsj(499 / 7) + "|500"));
    }

    @Test
    void theNextSyncReadsOnlyWhatTheClockStepAppended() throws Exception {
        start(LabourDatasets.employments(300, 3), LabourDatasets.insurances(100, 1), 40);
        simulator.setClock(LabourDatasets.at(49));
        assertThat(sync().records()).isEqualTo(150 + 50);

        simulator.setClockToEnd();
        SyncOutcome second = sync();

        assertThat(second.records()).isEqualTo(150 + 50);
        assertThat(keys()).containsExactlyInAnyOrderElementsOf(allKeys(300, 100));
        assertThat(sync().records()).as("nothing new").isZero();
        assertThat(keys()).hasSize(400);
    }

    @Test
    void aFailedIntakeStopsTheRunAndTheNextRunReReadsThatPage() throws Exception {
        start(LabourDatasets.employments(25, 25), LabourDatasets.insurances(12, 12), 10);
        simulator.setClockToEnd();
        failIntakeOnBatch.set(1);

        SyncOutcome failed = sync();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("store unavailable");
        assertThat(keys()).hasSize(10);
        assertThat(Positions.parse(storedWatermarks.get(ID)).get("jy_dj")).isEqualTo(LabourDatasets.czsj(0) + "|10");

        SyncOutcome resumed = sync();

        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();
        assertThat(resumed.records()).isEqualTo(27);
        assertThat(batches.get(1).records().get(0).key().sourceId()).isEqualTo(LabourDatasets.djbh(10));
        assertThat(keys()).containsExactlyElementsOf(allKeys(25, 12));
    }

    @Test
    void anUnreachableDatabaseEndsTheRunKeepsTheWatermarkAndTheNextRunResumes() throws Exception {
        start(LabourDatasets.employments(30, 1), LabourDatasets.insurances(5, 1), 500);
        simulator.setClock(LabourDatasets.at(9));
        sync();
        String before = storedWatermarks.get(ID);
        simulator.setClockToEnd();
        PGSimpleDataSource down = new PGSimpleDataSource();
        down.setServerNames(new String[] {"127.0.0.1"});
        down.setPortNumbers(new int[] {1});
        down.setDatabaseName("labour");
        down.setPassword("s3cret-pass");
        DataSource up = dataSource.getAndSet(down);

        SyncOutcome failed = sync();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("cannot connect to the labour database to read " + schema + ".JY_DJ")
                .doesNotContain("s3cret-pass");
        assertThat(storedWatermarks).containsEntry(ID, before);

        dataSource.set(up);
        SyncOutcome resumed = sync();

        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();
        assertThat(keys()).containsExactlyInAnyOrderElementsOf(allKeys(30, 5));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndASuccessClosesIt() throws Exception {
        start(LabourDatasets.employments(3, 1), List.of(), 500);
        DataSource up = dataSource.getAndSet(null);

        assertThat(sync().error()).contains("no labour database");
        assertThat(routes.circuitOpen()).isFalse();
        assertThat(sync().succeeded()).isFalse();
        assertThat(routes.circuitOpen()).as("polls pause after two failed runs").isTrue();

        dataSource.set(up);
        assertThat(sync().succeeded()).as("an explicit sync still runs").isTrue();
        assertThat(routes.circuitOpen()).isFalse();
    }

    @Test
    void deletionsAndCancellationsArriveAsLaterVersionsThatEndTheFacts() throws Exception {
        start(List.of(LabourDatasets.employment(1, "I", LabourDatasets.czsj(0)),
                        LabourDatasets.employment(2, "I", LabourDatasets.czsj(0)),
                        LabourDatasets.employment(1, "D", LabourDatasets.czsj(1))),
                List.of(LabourDatasets.insurance(1, "1", "I", LabourDatasets.czsj(0)),
                        LabourDatasets.insurance(1, "3", "U", LabourDatasets.czsj(2))), 500);
        sync();
        simulator.setClockToEnd();
        sync();

        LabourMapper mapper = new LabourMapper();
        assertThat(records()).extracting(r -> r.key().recordKey(), SourceRecord::sourceVersion,
                        r -> mapper.map(r).subject().tags().get(0).status())
                .containsExactly(
                        tuple("labour/jy_dj/JY00000001", LabourDatasets.czsj(0), TagStatus.ACTIVE),
                        tuple("labour/jy_dj/JY00000002", LabourDatasets.czsj(0), TagStatus.ACTIVE),
                        tuple("labour/sb_cb/CB000000001", LabourDatasets.czsj(0), TagStatus.ACTIVE),
                        tuple("labour/jy_dj/JY00000001", LabourDatasets.czsj(1), TagStatus.ENDED),
                        tuple("labour/sb_cb/CB000000001", LabourDatasets.czsj(2), TagStatus.ENDED));
    }
}
