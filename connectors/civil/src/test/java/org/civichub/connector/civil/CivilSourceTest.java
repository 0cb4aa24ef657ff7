package org.civichub.connector.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.civichub.connector.civil.internal.CivilMapper;
import org.civichub.connector.civil.internal.CivilSource;
import org.civichub.connector.kit.SourceDates;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.simulators.civil.CivilContract;
import org.civichub.simulators.civil.CivilSimulator;
import org.civichub.simulators.civil.CivilSimulatorSettings;
import org.civichub.simulators.civil.UnavailablePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source against the real civil-affairs simulator: streams, positions, clock steps, 429 and 503. */
class CivilSourceTest {

    @TempDir
    Path dir;

    private CivilSimulator simulator;
    private CivilSettings settings;
    private CivilSource source;
    private final TestHub hub = new TestHub();

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private void start(CivilDatasets data, int pageSize) {
        start(data, pageSize, s -> s);
    }

    private void start(CivilDatasets data, int pageSize, UnaryOperator<CivilSimulatorSettings> tune) {
        simulator = CivilSimulator.start(tune.apply(CivilSimulatorSettings.load(data.write(dir))));
        simulator.setClockToEnd();
        settings = new CivilSettings("civil-test", URI.create("http://127.0.0.1:" + simulator.port()),
                CivilContract.DEFAULT_API_KEY, pageSize, Duration.ZERO, 3, Duration.ofMillis(5), Duration.ofMillis(20),
                3, Duration.ofMinutes(2), Duration.ofSeconds(10));
        source = CivilConnector.source(settings, Clock.systemUTC());
    }

    private int sync() throws Exception {
        return hub.sync(source, settings.sync());
    }

    private void clockAt(int minutes) {
        simulator.setClock(SourceDates.time(CivilDatasets.time(minutes)).orElseThrow());
    }

    private static List<String> keys(List<SourceRecord> records) {
        return records.stream().map(r -> r.key().sourceId()).toList();
    }

    @Test
    void readsTheFourStreamsOneAfterTheOtherAndKeepsOnePositionPerStream() throws Exception {
        CivilDatasets data = new CivilDatasets().assistance(30).disability(10).death(5).elderly(8);
        start(data, 7);

        assertThat(sync()).isEqualTo(53);

        assertThat(hub.records().stream().map(r -> r.key().recordType()).distinct())
                .containsExactly("assistance", "disability", "death", "elderly");
        assertThat(hub.records("assistance")).hasSize(30);
        assertThat(hub.records("disability")).hasSize(10);
        assertThat(hub.records("death")).hasSize(5);
        assertThat(hub.records("elderly")).hasSize(8);
        assertThat(hub.positions()).containsExactly(
                entry("assistance", CivilDatasets.time(9)), entry("death", CivilDatasets.time(4)),
                entry("disability", CivilDatasets.time(4)), entry("elderly", CivilDatasets.time(3)));
        assertThat(hub.records()).allSatisfy(r -> assertThat(new CivilMapper().map(r).violations()).isEmpty());
    }

    @Test
    void eachItemBecomesARecordOfItsStreamKeyedAsTheContractSaysWithEveryFieldAsReceived() throws Exception {
        CivilDatasets data = new CivilDatasets().assistance(5).elderly(2);
        start(data, 200);
        sync();

        SourceRecord third = hub.records("assistance").stream()
                .filter(r -> r.key().sourceId().equals(CivilDatasets.caseNo(3))).findFirst().orElseThrow();
        assertThat(third.key().recordKey()).isEqualTo("civil/assistance/DB2024000003");
        assertThat(third.payload()).containsExactlyEntriesOf(data.rows("assistance").get(3));
        assertThat(third.field("idCard")).startsWith(" ").endsWith(" ");
        assertThat(third.field("address")).isEqualTo("厦门市思明区大同路3号, \"幸福\"小区");
        assertThat(third.sourceVersion()).isEqualTo("2024-05-01T08:01:00+08:00");
        assertThat(third.updatedAt()).isEqualTo(CivilDatasets.START.plusMinutes(1).toInstant());
        assertThat(hub.records("elderly")).extracting(r -> r.key().recordKey())
                .containsExactly("civil/elderly/" + CivilDatasets.idNumber(600), "civil/elderly/" + CivilDatasets.idNumber(601));
    }

    @Test
    void aStreamWithoutRecordsKeepsNoPositionAndTheOthersStillAdvance() throws Exception {
        start(new CivilDatasets().assistance(4).elderly(3), 2);

        assertThat(sync()).isEqualTo(7);

        assertThat(hub.positions()).containsOnlyKeys("assistance", "elderly");
    }

    @Test
    void aRunAfterACompleteOneReadsNothingAndKeepsTheWatermark() throws Exception {
        start(new CivilDatasets().assistance(9).disability(3).death(2).elderly(2), 4);
        sync();
        String watermark = hub.watermark;

        assertThat(sync()).isZero();
        assertThat(hub.watermark).isEqualTo(watermark);
    }

    @Test
    void aRunResumesFromThePositionsStoredAndReReadingTheBoundaryPageIsHarmless() throws Exception {
        CivilDatasets data = new CivilDatasets().assistance(30).disability(10);
        start(data, 4);

        // pages of assistance: minutes 0,0,0,1 then 1,1,2,2: each stores only the minute before its last
        hub.sync(source, settings.sync(), 2);
        assertThat(hub.batches).extracting(b -> b.watermarkAfter()).containsExactly(
                "assistance=" + encoded(CivilDatasets.time(0)), "assistance=" + encoded(CivilDatasets.time(1)));

        sync();

        TestHub clean = new TestHub();
        clean.sync(source, settings.sync());
        assertThat(hub.records()).hasSize(42);
        assertThat(hub.records().stream().map(SourceRecord::id).distinct())
                .containsExactlyInAnyOrderElementsOf(clean.records().stream().map(SourceRecord::id).toList());
        assertThat(keys(hub.batches.get(2).records())).startsWith(CivilDatasets.caseNo(6), CivilDatasets.caseNo(7));
        assertThat(hub.watermark).isEqualTo(clean.watermark);
    }

    @Test
    void followsTheClockStepByStepReadingOnlyWhatChangedIncludingACaseThatStopped() throws Exception {
        CivilDatasets data = new CivilDatasets().assistance(12).disability(4).death(2).elderly(4)
                .assistance(4, "停保", "2024-05-01", CivilDatasets.time(10));
        start(data, 5);

        clockAt(5);
        assertThat(sync()).isEqualTo(22);
        Map<String, String> before = hub.positions();
        assertThat(before).containsEntry("assistance", CivilDatasets.time(3));

        clockAt(7);
        assertThat(sync()).isZero();
        assertThat(hub.positions()).isEqualTo(before);

        clockAt(10);
        int firstBatch = hub.batches.size();
        assertThat(sync()).isEqualTo(1);
        List<SourceRecord> changed = hub.batches.subList(firstBatch, hub.batches.size()).stream()
                .flatMap(b -> b.records().stream()).toList();
        assertThat(changed).singleElement().satisfies(r -> {
            assertThat(r.key().recordKey()).isEqualTo("civil/assistance/" + CivilDatasets.caseNo(4));
            assertThat(r.field("status")).isEqualTo("停保");
            assertThat(new CivilMapper().map(r).subject().tags()).extracting(Tag::kind, Tag::status, Tag::to)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TagKind.EXTREME_POVERTY, TagStatus.ENDED,
                            java.time.LocalDate.of(2024, 5, 1)));
        });
        assertThat(hub.positions()).containsEntry("assistance", CivilDatasets.time(10))
                .containsEntry("disability", before.get("disability"))
                .containsEntry("death", before.get("death")).containsEntry("elderly", before.get("elderly"));

        assertThat(sync()).isZero();
    }

    @Test
    void tooManyRequestsAreRetriedAfterTheServicesRetryAfter() throws Exception {
        AtomicLong millis = new AtomicLong(1_000_000_250L);
        start(new CivilDatasets().assistance(30).disability(10).death(5).elderly(8), 5,
                s -> s.withRateLimit(2, millis::get));
        hub.onWait = d -> millis.addAndGet(d.toMillis());

        assertThat(sync()).isEqualTo(53);

        assertThat(simulator.throttledCount()).isPositive();
        assertThat(hub.waits).hasSize((int) simulator.throttledCount()).containsOnly(Duration.ofSeconds(1));
        assertThat(keys(hub.records())).doesNotHaveDuplicates();
    }

    @Test
    void unavailableAnswersAreRetriedAfterTheConnectorsOwnDelay() throws Exception {
        start(new CivilDatasets().assistance(30).disability(10).death(5).elderly(8), 5,
                s -> s.withUnavailablePolicy(UnavailablePolicy.everyNth(3), 2));

        assertThat(sync()).isEqualTo(53);

        assertThat(simulator.unavailableCount()).isPositive();
        assertThat(hub.waits).hasSize((int) simulator.unavailableCount()).containsOnly(Duration.ofMillis(5));
        assertThat(keys(hub.records())).doesNotHaveDuplicates();
    }

    private static String encoded(String time) {
        return java.net.URLEncoder.encode(time, java.nio.charset.StandardCharsets.UTF_8);
    }
}
