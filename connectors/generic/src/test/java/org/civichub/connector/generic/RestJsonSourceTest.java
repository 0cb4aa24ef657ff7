package org.civichub.connector.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.generic.internal.mapping.GenericMapper;
import org.civichub.connector.generic.internal.mapping.MappingParser;
import org.civichub.connector.generic.internal.mapping.RecordMapping;
import org.civichub.connector.generic.internal.rest.RestAnswerException;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.RetryLaterException;
import org.civichub.connector.kit.SourceDates;
import org.civichub.model.IdNumber;
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

/**
 * The rest-json source against the real civil-affairs simulator, in process: its {@code assistance}
 * stream configured as a generic source and mapped to facts by a mapping file written here.
 */
class RestJsonSourceTest {

    private static final String KEY = CivilContract.DEFAULT_API_KEY;

    @TempDir
    Path dir;

    private CivilSimulator simulator;
    private GenericSettings settings;
    private RecordMapping mapping;
    private PagedSource source;
    private final TestHub hub = new TestHub();

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private void start(Assistance data, int pageSize) throws Exception {
        start(data, pageSize, s -> s, "items", KEY, 3);
    }

    private void start(Assistance data, int pageSize, UnaryOperator<CivilSimulatorSettings> tune, String itemsField,
                       String apiKey, int retries) throws Exception {
        simulator = CivilSimulator.start(tune.apply(CivilSimulatorSettings.load(data.write(dir.resolve("dataset")))));
        simulator.setClockToEnd();
        Path mappingFile = Assistance.writeMapping(dir.resolve("assistance.mapping"));
        RestJsonSettings rest = new RestJsonSettings(URI.create("http://127.0.0.1:" + simulator.port()),
                "/api/v1/assistance", "updatedSince", "cursor", "limit", itemsField, "nextCursor", "X-Api-Key", apiKey,
                Duration.ofSeconds(10));
        settings = new GenericSettings("civil-generic", "civil", mappingFile, rest, pageSize, Duration.ZERO, retries,
                Duration.ofMillis(5), Duration.ofMillis(20), 3, Duration.ofMinutes(2));
        mapping = MappingParser.load(mappingFile);
        source = GenericConnector.source(settings, mapping, Clock.systemUTC());
    }

    private int sync() throws Exception {
        return hub.sync(source, settings.sync());
    }

    private String position() {
        return Positions.parse(hub.watermark).get("assistance");
    }

    private void clockAt(int minutes) {
        simulator.setClock(SourceDates.time(Assistance.time(minutes)).orElseThrow());
    }

    private static List<String> keys(List<SourceRecord> records) {
        return records.stream().map(r -> r.key().sourceId()).toList();
    }

    @Test
    void readsTheStreamPageByPageAndEveryItemMapsToAFact() throws Exception {
        start(new Assistance().cases(20), 7);

        assertThat(sync()).isEqualTo(20);

        assertThat(keys(hub.records())).doesNotHaveDuplicates().hasSize(20).startsWith(Assistance.caseNo(0));
        assertThat(hub.batches).hasSize(3);
        assertThat(position()).isEqualTo(Assistance.time(6));
        SourceRecord third = hub.records().get(3);
        assertThat(third.key().recordKey()).isEqualTo("civil/assistance/" + Assistance.caseNo(3));
        assertThat(third.sourceVersion()).isEqualTo("2024-05-01T08:01:00+08:00");
        assertThat(third.field("address")).isEqualTo("厦门市思明区大同路3号, 5栋");
        assertThat(third.field("monthlyAmount")).isEqualTo("803.50");
        assertThat(third.field("endDate")).isEmpty();

        Mapping m = new GenericMapper(mapping).map(third);
        assertThat(m.violations()).isEmpty();
        assertThat(m.subject().idNumber()).isEqualTo(IdNumber.parse(Assistance.idNumber(3)));
        assertThat(m.subject().name()).isEqualTo("居民3");
        assertThat(m.subject().currentAddress().building()).isEqualTo("5");
        assertThat(m.subject().tags()).containsExactly(new Tag(TagKind.SUBSISTENCE, TagStatus.ACTIVE, null, "803.50",
                LocalDate.of(2023, 5, 7), null));
        assertThat(hub.records()).allSatisfy(r -> assertThat(new GenericMapper(mapping).map(r).isRejected()).isFalse());
    }

    @Test
    void pagesStoreOnlyTheTimeBeforeTheirLastAndTheLastPageItsLastTime() throws Exception {
        start(new Assistance().cases(12), 4);

        sync();

        // pages hold minutes 0,0,0,1 / 1,1,2,2 / 2,3,3,3
        assertThat(hub.batches).extracting(b -> Positions.parse(b.watermarkAfter()).get("assistance")).containsExactly(
                Assistance.time(0), Assistance.time(1), Assistance.time(3));
    }

    @Test
    void aRunAfterACompleteOneReadsNothingAndKeepsTheWatermark() throws Exception {
        start(new Assistance().cases(9), 4);
        sync();
        String watermark = hub.watermark;

        assertThat(sync()).isZero();
        assertThat(hub.watermark).isEqualTo(watermark);
    }

    @Test
    void followsTheClockReadingOnlyWhatChangedSinceTheStoredPosition() throws Exception {
        start(new Assistance().cases(12).add(4, "停保", "2024-05-01", Assistance.time(10)), 5);

        clockAt(2);
        assertThat(sync()).isEqualTo(9);
        assertThat(position()).isEqualTo(Assistance.time(2));

        clockAt(9);
        assertThat(sync()).isEqualTo(3);

        clockAt(10);
        int before = hub.records().size();
        assertThat(sync()).isEqualTo(1);
        SourceRecord changed = hub.records().get(before);
        assertThat(changed.key().sourceId()).isEqualTo(Assistance.caseNo(4));
        assertThat(new GenericMapper(mapping).map(changed).subject().tags()).extracting(Tag::status, Tag::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TagStatus.ENDED, LocalDate.of(2024, 5, 1)));
        assertThat(position()).isEqualTo(Assistance.time(10));
    }

    @Test
    void aRunThatStopsResumesFromTheLastStoredPageAndLosesNothing() throws Exception {
        start(new Assistance().cases(30), 4);

        hub.sync(source, settings.sync(), 2);
        assertThat(position()).isEqualTo(Assistance.time(1));
        sync();

        assertThat(hub.records().stream().map(SourceRecord::id).distinct()).hasSize(30);
        assertThat(keys(hub.records().subList(8, 11))).as("the boundary minute again")
                .containsExactly(Assistance.caseNo(6), Assistance.caseNo(7), Assistance.caseNo(8));
        assertThat(position()).isEqualTo(Assistance.time(9));
    }

    @Test
    void tooManyRequestsAreRetriedAfterTheServicesRetryAfter() throws Exception {
        AtomicLong millis = new AtomicLong(1_000_000_250L);
        start(new Assistance().cases(30), 5, s -> s.withRateLimit(2, millis::get), "items", KEY, 3);
        hub.onWait = d -> millis.addAndGet(d.toMillis());

        assertThat(sync()).isEqualTo(30);

        assertThat(hub.waits).isNotEmpty().allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(simulator.throttledCount()).isEqualTo(hub.waits.size());
    }

    @Test
    void anUnavailableServiceIsRetriedAndAPageThatStaysUnavailableEndsTheRun() throws Exception {
        start(new Assistance().cases(10), 3, s -> s.withUnavailablePolicy(UnavailablePolicy.everyNth(2), 0), "items",
                KEY, 3);

        assertThat(sync()).isEqualTo(10);
        assertThat(hub.waits).isNotEmpty();

        simulator.setUnavailablePolicy(UnavailablePolicy.everyNth(1));
        assertThatThrownBy(this::sync).isInstanceOf(RetryLaterException.class)
                .hasMessageContaining("the service is unavailable (503) at GET /api/v1/assistance?updatedSince=");
    }

    @Test
    void aWrongKeyEndsTheRunWithAMessageThatNamesTheHeaderButNeverTheKey() throws Exception {
        start(new Assistance().cases(3), 5, s -> s, "items", "wrong-key-4711", 0);

        assertThatThrownBy(this::sync).isInstanceOf(RestAnswerException.class)
                .hasMessageContaining("the service refused the request (401) at GET /api/v1/assistance?limit=5")
                .hasMessageContaining("rest.apiKeyHeader and .rest.apiKey").hasMessageNotContaining("4711");
        assertThat(hub.batches).isEmpty();
    }

    @Test
    void anItemsFieldTheServiceDoesNotSendEndsTheRunNamingIt() throws Exception {
        start(new Assistance().cases(3), 5, s -> s, "records", KEY, 0);

        assertThatThrownBy(this::sync).isInstanceOf(RestAnswerException.class)
                .hasMessageContaining("is not a page of records: it has no \"records\" array; it begins: {");
    }
}
