package org.civichub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
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
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.simulators.police.BusyPolicy;
import org.civichub.simulators.police.PoliceSimulator;
import org.civichub.simulators.police.PoliceSimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliceRoutesTest {

    @TempDir
    Path dir;

    private PoliceSimulator simulator;
    private DefaultCamelContext camel;
    private final Map<String, String> storedWatermarks = new ConcurrentHashMap<>();
    private final List<IntakeBatch> batches = new ArrayList<>();
    private final BlockingQueue<SyncOutcome> outcomes = new LinkedBlockingQueue<>();
    private final BlockingQueue<SyncStarted> starts = new LinkedBlockingQueue<>();
    private final AtomicInteger failIntakeOnBatch = new AtomicInteger(-1);
    private PoliceSettings settings;
    private CannedSoapService canned;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (canned != null) {
            canned.close();
        }
    }

    private void start(int persons, int busyRetries) throws Exception {
        start(PoliceDatasets.rows(persons), busyRetries);
    }

    private void start(List<String> rows, int busyRetries) throws Exception {
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(PoliceDatasets.write(dir, rows)));
        simulator.setClockToEnd();
        startCamel(simulator.soapUrl(), 500, busyRetries);
    }

    private void startCamel(String endpoint, int pageSize, int busyRetries) throws Exception {
        settings = new PoliceSettings("police-test", endpoint, pageSize, Duration.ZERO, busyRetries,
                Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10));
        Watermarks watermarks = id -> Optional.ofNullable(storedWatermarks.get(id));
        camel = new DefaultCamelContext();
        camel.addRoutes(PoliceConnector.routes(settings, watermarks));
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

    /** The records the hub quarantines: those the connector's mapper rejects, as the pipeline does. */
    private List<SourceRecord> quarantined() {
        return records().stream().filter(r -> new PoliceMapper().map(r).isRejected()).toList();
    }

    private static String sentAt(String row, String gxsj) {
        return row.substring(0, row.lastIndexOf(',') + 1) + gxsj;
    }

    private List<String> keys() {
        synchronized (batches) {
            return batches.stream().flatMap(b -> b.records().stream()).map(r -> r.key().sourceId()).toList();
        }
    }

    @Test
    void pagesThroughEveryRecordOnceAndAdvancesTheWatermarkToTheLast() throws Exception {
        start(1234, 0);

        SyncOutcome o = sync();

        assertThat(o.succeeded()).isTrue();
        assertThat(o.records()).isEqualTo(1234);
        assertThat(starts).as("the run announced its start").singleElement()
                .isEqualTo(new SyncStarted("police-test", o.startedAt()));
        assertThat(batches).hasSize(3);
        assertThat(keys()).hasSize(1234).doesNotHaveDuplicates();
        assertThat(storedWatermarks).containsEntry("police-test", PoliceDatasets.time(1233));
        SourceRecord first = batches.get(0).records().get(0);
        assertThat(first.key().recordKey()).isEqualTo("police/person/" + PoliceDatasets.idNumber(0));
        assertThat(first.field("XM")).isEqualTo("居民0");
    }

    @Test
    void aPageEndingInTheMiddleOfOneSecondOnlyAdvancesToTheSecondBefore() throws Exception {
        start(1001, 0);
        sync();
        // records 498 and 499 share a second, so does 500 and 501: the page ends after record 499
        assertThat(batches.get(0).watermarkAfter()).isEqualTo(PoliceDatasets.time(497));
    }

    @Test
    void retriesServiceBusyAndStillGetsEveryRecord() throws Exception {
        start(1200, 5);
        simulator.setBusyPolicy(BusyPolicy.everyNth(2));

        SyncOutcome o = sync();

        assertThat(o.succeeded()).isTrue();
        assertThat(keys()).hasSize(1200).doesNotHaveDuplicates();
        assertThat(simulator.busyCount()).isGreaterThan(0);
    }

    @Test
    void givesUpWhenAlwaysBusyAndLeavesTheWatermarkAlone() throws Exception {
        start(100, 2);
        simulator.setBusyPolicy(BusyPolicy.always());

        SyncOutcome o = sync();

        assertThat(o.succeeded()).isFalse();
        assertThat(o.error()).contains("busy");
        assertThat(simulator.requestCount()).isEqualTo(3);
        assertThat(batches).isEmpty();
        assertThat(storedWatermarks).isEmpty();
    }

    @Test
    void theNextSyncReadsOnlyRecordsAfterTheWatermark() throws Exception {
        start(600, 0);
        simulator.setClock(PoliceDatasets.START.plusSeconds(99).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        sync();
        assertThat(keys()).hasSize(200);

        simulator.setClockToEnd();
        sync();

        assertThat(keys()).hasSize(600).doesNotHaveDuplicates();
    }

    @Test
    void aFailedIntakeStopsTheRunAndTheNextRunResumesFromTheLastStoredPage() throws Exception {
        start(1234, 0);
        failIntakeOnBatch.set(1);

        SyncOutcome failed = sync();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("store unavailable");
        assertThat(keys()).hasSize(500);
        String afterFirstPage = storedWatermarks.get("police-test");

        SyncOutcome resumed = sync();

        assertThat(resumed.succeeded()).isTrue();
        assertThat(batches.get(1).records().get(0).sourceVersion()).isGreaterThan(afterFirstPage);
        assertThat(keys()).containsAll(PoliceDatasets.rows(1234).stream().map(r -> r.substring(0, 18)).toList());
    }

    @Test
    void aRecordWithAnUnreadableUpdateTimeIsQuarantinedTheRestFlowsAndTheWatermarkMovesPastIt() throws Exception {
        List<String> rows = new ArrayList<>(PoliceDatasets.rows(1200));
        rows.set(700, sentAt(rows.get(700), PoliceDatasets.time(700).replace(' ', 'T')));
        rows.add(sentAt(PoliceDatasets.rows(1501).get(1500), "2024-01-01T08:11:40"));
        start(rows, 0);

        SyncOutcome o = sync();

        assertThat(o.succeeded()).as(o.error()).isTrue();
        assertThat(o.records()).isEqualTo(1201);
        assertThat(quarantined()).extracting(r -> r.key().sourceId())
                .containsExactly(PoliceDatasets.idNumber(700), PoliceDatasets.idNumber(1500));
        assertThat(quarantined()).allSatisfy(r -> assertThat(new PoliceMapper().map(r).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("GXSJ", "time.valid")));
        List<String> good = new ArrayList<>(PoliceDatasets.rows(1200).stream().map(r -> r.substring(0, 18)).toList());
        good.remove(PoliceDatasets.idNumber(700));
        assertThat(records()).filteredOn(r -> !new PoliceMapper().map(r).isRejected())
                .extracting(r -> r.key().sourceId()).hasSize(1199).containsExactlyInAnyOrderElementsOf(good);
        assertThat(storedWatermarks).containsEntry("police-test", "2024-01-01 08:11:40");

        SyncOutcome again = sync();

        assertThat(again.succeeded()).as(again.error()).isTrue();
        assertThat(again.records()).isZero();
        assertThat(quarantined()).hasSize(2);
    }

    @Test
    void impossibleEmptyOrGarbageUpdateTimesFromTheServiceNeverStallTheSync() throws Exception {
        canned = CannedSoapService.answeringPage("2024-01-01 08:10:00",
                CannedSoapService.person(0, PoliceDatasets.time(0)), CannedSoapService.person(1, "2023-13-45 99:00:00"),
                CannedSoapService.person(2, ""), CannedSoapService.person(3, "garbage"),
                CannedSoapService.person(4, PoliceDatasets.time(4)));
        startCamel(canned.url(), 500, 0);

        SyncOutcome first = sync();
        SyncOutcome second = sync();

        assertThat(first.succeeded()).as(first.error()).isTrue();
        assertThat(second.succeeded()).as(second.error()).isTrue();
        assertThat(batches.get(0).records()).hasSize(5);
        assertThat(batches.get(0).records()).filteredOn(r -> new PoliceMapper().map(r).isRejected())
                .extracting(r -> r.key().sourceId(), r -> new PoliceMapper().map(r).violations().get(0))
                .containsExactly(
                        tuple(PoliceDatasets.idNumber(1), new Violation("GXSJ", "time.valid", "2023-13-45 99:00:00",
                                "must be a real time written yyyy-MM-dd HH:mm:ss")),
                        tuple(PoliceDatasets.idNumber(2), new Violation("GXSJ", "time.valid", "",
                                "must be a real time written yyyy-MM-dd HH:mm:ss")),
                        tuple(PoliceDatasets.idNumber(3), new Violation("GXSJ", "time.valid", "garbage",
                                "must be a real time written yyyy-MM-dd HH:mm:ss")));
        assertThat(storedWatermarks).containsEntry("police-test", "2024-01-01 08:10:00");
    }

    @Test
    void aPageLargerThanAskedForFailsTheSyncStoresNothingAndKeepsTheWatermark() throws Exception {
        canned = CannedSoapService.answeringPage("2024-01-01 08:10:00",
                CannedSoapService.person(0, PoliceDatasets.time(0)), CannedSoapService.person(1, PoliceDatasets.time(1)),
                CannedSoapService.person(2, PoliceDatasets.time(2)));
        storedWatermarks.put("police-test", "2024-01-01 07:00:00");
        startCamel(canned.url(), 2, 0);

        SyncOutcome o = sync();

        assertThat(o.succeeded()).isFalse();
        assertThat(o.error()).contains("refused the first page after 2024-01-01 07:00:00: it holds 3 records, "
                + "more than the 2 asked for").doesNotContainPattern("[0-9]{18}");
        assertThat(batches).isEmpty();
        assertThat(storedWatermarks).containsExactly(Map.entry("police-test", "2024-01-01 07:00:00"));
    }
}
