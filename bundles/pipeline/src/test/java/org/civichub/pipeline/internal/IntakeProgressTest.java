package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.metrics.Labels;
import org.civichub.metrics.MetricFamily;
import org.civichub.metrics.MetricRegistry;
import org.civichub.model.Household;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.pipeline.SyncProgress;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.RecordCounts;
import org.civichub.store.ResidentStore;
import org.civichub.store.StoreUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The intake route on in-memory stores, as a connector drives it: a sync's start, its pages and its
 * end show as the connector's progress and in the metrics.
 */
class IntakeProgressTest {

    private static final String ID = PoliceRecords.CONNECTOR;
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:10Z");
    private static final Instant STARTED = NOW.minusSeconds(10);

    private final Map<String, ConnectorState> states = new HashMap<>();
    private final AtomicBoolean storeDown = new AtomicBoolean();
    /** What the store was told about first syncs, in order. */
    private final List<Boolean> loading = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MetricRegistry metrics = new MetricRegistry();
    private final SyncProgressBoard board = new SyncProgressBoard(Clock.fixed(NOW, ZoneOffset.UTC));
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final ConnectorRegistry registry;
    private final ProducerTemplate producer;

    IntakeProgressTest() throws Exception {
        ConnectorStateStore stateStore = new ConnectorStateStore() {
            @Override
            public Optional<ConnectorState> get(String id) {
                return Optional.ofNullable(states.get(id));
            }

            @Override
            public void put(ConnectorState state) {
                states.put(state.connectorId(), state);
            }

            @Override
            public List<RecordCounts> counts(String department) {
                return List.of();
            }
        };
        ResidentStore nobody = new ResidentStore() {
            @Override
            public Map<String, Resident> residents(Collection<String> ids) {
                return Map.of();
            }

            @Override
            public Map<String, Household> households(Collection<String> ids) {
                return Map.of();
            }
        };
        RecordMapper police = new PoliceMapper();
        IntakeRoutes routes = new IntakeRoutes(id -> Optional.of(police), batch -> {
            if (storeDown.get()) {
                throw new StoreUnavailableException("test: store down", null);
            }
            return List.of();
        }, nobody, stateStore, metrics, board, Fragments.PSEUDONYMS, new MemoryStore(), new MemoryStore(), new MemoryStore(),
                loading::add, new AloneNode(), org.civichub.resolver.MatchModel.defaults(), org.civichub.model.Survivorship.DEFAULT,
                Clock.fixed(NOW, ZoneOffset.UTC));
        camel.addRoutes(routes);
        camel.addRoutes(connector().routes());
        camel.start();
        producer = camel.createProducerTemplate();
        registry = new ConnectorRegistry(stateStore, board, camel, new AloneNode());
        registry.addConnector(connector());
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private static SourceRecord person(int sequence, String gxsj) {
        return PoliceRecords.person(PoliceRecords.idNumber("19900307", sequence), "王芳", "H1", "02", gxsj);
    }

    @Test
    void aRunningSyncShowsItsRecordsPagesAndRateUntilItEnds() {
        assertThat(registry.get(ID).orElseThrow().progress()).as("idle").isNull();

        producer.sendBody(Intake.SYNC_STARTED, new SyncStarted(ID, STARTED));
        assertThat(registry.get(ID).orElseThrow().progress()).isEqualTo(new SyncProgress(STARTED, 0, 0, 0));

        producer.requestBody(Intake.ENDPOINT, PoliceRecords.page(person(1, "2024-05-01 10:00:00"),
                person(3, "2024-05-01 10:00:01")));
        producer.requestBody(Intake.ENDPOINT, PoliceRecords.page(person(5, "2024-05-01 10:00:02"),
                PoliceRecords.with(person(7, "2024-05-01 10:00:03"), "RYZT", "7")));
        SyncProgress p = registry.get(ID).orElseThrow().progress();
        assertThat(p.since()).isEqualTo(STARTED);
        assertThat(p.records()).isEqualTo(4);
        assertThat(p.pages()).isEqualTo(2);
        assertThat(p.recordsPerSecond()).isEqualTo(0.4);
        assertThat(gauge("civichub_connector_sync_records")).isEqualTo(4);
        assertThat(gauge("civichub_connector_sync_running")).isEqualTo(1);

        producer.sendBody(Intake.SYNC_FINISHED, new SyncOutcome(ID, STARTED, NOW, 4, null));
        assertThat(registry.get(ID).orElseThrow().progress()).as("idle again").isNull();
        assertThat(gauge("civichub_connector_sync_running")).isZero();
    }

    @Test
    void pagesAndSyncsAreCountedInTheMetrics() {
        producer.sendBody(Intake.SYNC_STARTED, new SyncStarted(ID, STARTED));
        producer.requestBody(Intake.ENDPOINT, PoliceRecords.page(person(1, "2024-06-01 07:59:00"),
                PoliceRecords.with(person(3, "2024-06-01 07:59:50"), "RYZT", "7")));
        storeDown.set(true);
        assertThatThrownBy(() -> producer.requestBody(Intake.ENDPOINT, PoliceRecords.page(person(5, "2024-06-01 08:00:00"))))
                .hasRootCauseInstanceOf(StoreUnavailableException.class);
        producer.sendBody(Intake.SYNC_FINISHED, new SyncOutcome(ID, STARTED, NOW, 2, "store down"));

        Labels c = Labels.of("connector", ID);
        assertThat(metrics.counter("civichub_connector_records_pulled_total", "", c.and("record_type", "person"))
                .value()).as("pulled, also the failed batch's record").isEqualTo(3);
        assertThat(metrics.counter("civichub_connector_records_indexed_total", "", c).value()).isEqualTo(1);
        assertThat(metrics.counter("civichub_connector_records_quarantined_total", "", c).value()).isEqualTo(1);
        assertThat(metrics.counter("civichub_intake_batch_failures_total", "", c).value()).isEqualTo(1);
        assertThat(metrics.timer("civichub_intake_batch_seconds", "", c).count()).isEqualTo(2);
        assertThat(metrics.counter("civichub_connector_syncs_total", "", c).value()).isEqualTo(1);
        assertThat(metrics.counter("civichub_connector_sync_failures_total", "", c).value()).isEqualTo(1);
        // The watermark is the last stored record's 07:59:50 in Asia/Shanghai: 23:59:50 UTC, 20 s before NOW.
        assertThat(gauge("civichub_connector_lag_seconds")).isEqualTo(20.0);
    }

    @Test
    void theStoreIsToldWhileAFirstSyncRunsUntilOneSucceededAndOnceAtTheStart() {
        producer.sendBody(Intake.SYNC_STARTED, new SyncStarted(ID, STARTED));
        producer.sendBody(Intake.SYNC_FINISHED, new SyncOutcome(ID, STARTED, NOW, 0, "source down"));
        assertThat(loading).as("a failed first sync leaves the connector in its first sync").containsExactly(true, false);

        producer.sendBody(Intake.SYNC_STARTED, new SyncStarted(ID, STARTED));
        producer.sendBody(Intake.SYNC_FINISHED, new SyncOutcome(ID, STARTED, NOW, 4, null));
        producer.sendBody(Intake.SYNC_STARTED, new SyncStarted(ID, NOW));
        producer.sendBody(Intake.SYNC_FINISHED, new SyncOutcome(ID, NOW, NOW, 0, null));

        assertThat(loading).as("a sync after one succeeded is no first sync").containsExactly(true, false, true, false);
    }

    @Test
    void aHubStartedAgainPutsTheSettingsRightAtItsFirstSyncWhateverItIs() {
        states.put(ID, new ConnectorState(ID, "2024-05-01T00:00:00Z", NOW, null, null));

        producer.sendBody(Intake.SYNC_STARTED, new SyncStarted(ID, NOW));

        assertThat(loading).containsExactly(false);
    }

    @Test
    void aConnectorThatDoesNotAnnounceItsStartShowsProgressFromItsFirstPage() {
        producer.requestBody(Intake.ENDPOINT, PoliceRecords.page(person(1, "2024-05-01 10:00:00")));

        assertThat(registry.get(ID).orElseThrow().progress()).isEqualTo(new SyncProgress(NOW, 1, 1, 1000.0));
    }

    private double gauge(String name) {
        return metrics.collect().stream().filter(f -> f.name().equals(name)).flatMap(f -> f.samples().stream())
                .filter(s -> ID.equals(s.labels().values().get("connector")))
                .mapToDouble(MetricFamily.Sample::value).findFirst().orElse(Double.NaN);
    }

    private static SourceConnector connector() {
        return new SourceConnector() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public String department() {
                return "police";
            }

            @Override
            public List<String> recordTypes() {
                return List.of("person");
            }

            @Override
            public RoutesBuilder routes() {
                return new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(syncEndpoint()).routeId(ID + "-sync").log("sync");
                    }
                };
            }

            @Override
            public RecordMapper mapper() {
                return new PoliceMapper();
            }
        };
    }
}
