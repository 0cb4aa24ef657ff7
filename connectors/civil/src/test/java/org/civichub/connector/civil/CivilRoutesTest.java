package org.civichub.connector.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
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
import org.civichub.model.SourceRecord;
import org.civichub.simulators.civil.CivilContract;
import org.civichub.simulators.civil.CivilSimulator;
import org.civichub.simulators.civil.CivilSimulatorSettings;
import org.civichub.simulators.civil.UnavailablePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's sync routes with the civil source, end to end in Camel against the real simulator, into
 * a capturing intake that stores watermarks as the hub does. The poll timer is replaced by an
 * endpoint the test sends ticks to, so skipped polls can be seen.
 */
class CivilRoutesTest {

    private static final String ID = "civil-test";
    private static final String TICK = "direct:" + ID + "-tick";
    private static final String POLLED = "polled";

    @TempDir
    Path dir;

    private CivilSimulator simulator;
    private DefaultCamelContext camel;
    private PagedSyncRoutes routes;
    private CivilSettings settings;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-01T00:00:00Z"));
    private final Map<String, String> storedWatermarks = new ConcurrentHashMap<>();
    private final List<IntakeBatch> batches = new ArrayList<>();
    private final BlockingQueue<SyncOutcome> outcomes = new LinkedBlockingQueue<>();
    private final BlockingQueue<SyncStarted> starts = new LinkedBlockingQueue<>();
    private final List<Duration> waits = new ArrayList<>();
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

    private void start(CivilDatasets data, int pageSize, int retries, String apiKey) throws Exception {
        simulator = CivilSimulator.start(CivilSimulatorSettings.load(data.write(dir)));
        simulator.setClockToEnd();
        settings = new CivilSettings(ID, URI.create("http://127.0.0.1:" + simulator.port()), apiKey, pageSize,
                Duration.ofMinutes(1), retries, Duration.ofMillis(5), Duration.ofMillis(20), 3, Duration.ofMinutes(2),
                Duration.ofSeconds(10));
        Watermarks watermarks = id -> Optional.ofNullable(storedWatermarks.get(id));
        routes = new PagedSyncRoutes(settings.sync(), CivilConnector.source(settings, clock), watermarks,
                waits::add, clock);
        camel = new DefaultCamelContext();
        camel.addRoutes(routes);
        camel.addRoutes(intake());
        AdviceWith.adviceWith(camel, ID + "-poll", a -> {
            a.replaceFromWith(TICK);
            a.weaveByToUri("seda:" + ID + "-sync*").before().setProperty(POLLED, a.constant(true));
        });
        camel.start();
    }

    private RouteBuilder intake() {
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
                    }
                    if (b.watermarkAfter() != null) {
                        storedWatermarks.put(b.connectorId(), b.watermarkAfter());
                    }
                    e.getMessage().setBody(new IntakeResult(b.records().size(), 0, 0));
                });
                from(Intake.SYNC_FINISHED).process(e -> outcomes.add(e.getMessage().getBody(SyncOutcome.class)));
                from(Intake.SYNC_STARTED).process(e -> starts.add(e.getMessage().getBody(SyncStarted.class)));
            }
        };
    }

    /** Asks for a sync, as the shell or the REST API does, and waits for its outcome. */
    private SyncOutcome sync() throws InterruptedException {
        camel.createProducerTemplate().sendBody(settings.syncEndpoint(), "");
        return outcome();
    }

    /** Lets the poll timer fire once; true when the poll started a run (the circuit let it through). */
    private boolean tick() {
        Exchange e = camel.createProducerTemplate().send(TICK, x -> { });
        return Boolean.TRUE.equals(e.getProperty(POLLED, Boolean.class));
    }

    private SyncOutcome outcome() throws InterruptedException {
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
    void aSyncBringsEveryRecordOfTheFourStreamsToTheIntakeAndStoresTheirPositions() throws Exception {
        start(new CivilDatasets().assistance(30).disability(10).death(5).elderly(8), 7, 3,
                CivilContract.DEFAULT_API_KEY);

        SyncOutcome o = sync();

        assertThat(o.succeeded()).as(o.error()).isTrue();
        assertThat(o.records()).isEqualTo(53);
        assertThat(starts).singleElement().isEqualTo(new SyncStarted(ID, o.startedAt()));
        assertThat(records()).extracting(r -> r.key().recordKey()).doesNotHaveDuplicates()
                .contains("civil/assistance/" + CivilDatasets.caseNo(29), "civil/death/BZ2024000004");
        assertThat(Positions.parse(storedWatermarks.get(ID)).byStream())
                .containsOnlyKeys("assistance", "disability", "death", "elderly");
    }

    @Test
    void aFailedIntakeStopsTheRunAndTheNextRunResumesFromTheLastStoredPage() throws Exception {
        start(new CivilDatasets().assistance(30).disability(10), 4, 3, CivilContract.DEFAULT_API_KEY);
        failIntakeOnBatch.set(3);

        SyncOutcome failed = sync();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("store unavailable");
        assertThat(records()).hasSize(12);
        assertThat(Positions.parse(storedWatermarks.get(ID)).get("assistance")).isEqualTo(CivilDatasets.time(2));

        SyncOutcome resumed = sync();

        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();
        assertThat(records().stream().map(SourceRecord::id).distinct()).hasSize(40);
        assertThat(records().subList(12, 15)).extracting(r -> r.key().sourceId()).as("the boundary minute again")
                .containsExactly(CivilDatasets.caseNo(9), CivilDatasets.caseNo(10), CivilDatasets.caseNo(11));
    }

    @Test
    void aWrongKeyFailsTheRunWithAnErrorThatNamesTheRefusalButNotTheKey() throws Exception {
        start(new CivilDatasets().assistance(3), 200, 3, "not-the-key-4711");

        SyncOutcome o = sync();

        assertThat(o.succeeded()).isFalse();
        assertThat(o.error()).contains("CivilAnswerException", "refused the API key (401)").doesNotContain("4711");
        assertThat(batches).isEmpty();
        assertThat(storedWatermarks).isEmpty();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailedRunsSkipsPollsAndClosesAfterASuccessfulTrial() throws Exception {
        start(new CivilDatasets().assistance(6).death(2), 200, 0, CivilContract.DEFAULT_API_KEY);
        simulator.setUnavailablePolicy(UnavailablePolicy.everyNth(1));

        for (int run = 1; run <= 3; run++) {
            assertThat(routes.circuitOpen()).as("closed before failed run " + run).isFalse();
            assertThat(tick()).isTrue();
            assertThat(outcome().error()).contains("unavailable (503)");
        }
        assertThat(routes.circuitOpen()).isTrue();
        long requests = simulator.requestCount();

        assertThat(tick()).as("a poll while the circuit is open").isFalse();
        clock.advance(Duration.ofSeconds(119));
        assertThat(tick()).isFalse();
        assertThat(simulator.requestCount()).isEqualTo(requests);
        assertThat(starts).hasSize(3);

        assertThat(sync().succeeded()).as("a sync asked for still runs, and fails").isFalse();
        assertThat(routes.circuitOpen()).isTrue();

        simulator.setUnavailablePolicy(UnavailablePolicy.never());
        clock.advance(Duration.ofMinutes(2));
        assertThat(routes.circuitOpen()).isFalse();
        assertThat(tick()).as("the trial poll").isTrue();
        SyncOutcome trial = outcome();

        assertThat(trial.succeeded()).as(trial.error()).isTrue();
        assertThat(trial.records()).isEqualTo(8);
        assertThat(routes.circuitOpen()).isFalse();
        assertThat(tick()).isTrue();
        assertThat(outcome().records()).isZero();
        assertThat(waits).isEmpty();
    }

    @Test
    void aFailedTrialOpensTheCircuitAgainAtOnce() throws Exception {
        start(new CivilDatasets().assistance(3), 200, 0, CivilContract.DEFAULT_API_KEY);
        simulator.setUnavailablePolicy(UnavailablePolicy.everyNth(1));
        for (int run = 1; run <= 3; run++) {
            tick();
            outcome();
        }
        clock.advance(Duration.ofMinutes(2));

        assertThat(tick()).as("the trial poll").isTrue();
        assertThat(outcome().succeeded()).isFalse();

        assertThat(routes.circuitOpen()).isTrue();
        assertThat(tick()).isFalse();
    }
}
