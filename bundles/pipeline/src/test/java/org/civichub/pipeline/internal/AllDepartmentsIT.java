package org.civichub.pipeline.internal;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.ProducerTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.civil.CivilConnector;
import org.civichub.connector.civil.CivilSettings;
import org.civichub.connector.civil.internal.CivilMapper;
import org.civichub.connector.health.HealthConnector;
import org.civichub.connector.health.HealthSettings;
import org.civichub.connector.health.internal.HealthMapper;
import org.civichub.connector.labour.LabourConnector;
import org.civichub.connector.labour.LabourSettings;
import org.civichub.connector.labour.internal.LabourMapper;
import org.civichub.connector.police.PoliceConnector;
import org.civichub.connector.police.PoliceSettings;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.simulators.civil.CivilContract;
import org.civichub.simulators.civil.CivilSimulator;
import org.civichub.simulators.civil.CivilSimulatorSettings;
import org.civichub.simulators.generator.DatasetFile;
import org.civichub.simulators.generator.DatasetGenerator;
import org.civichub.simulators.generator.GeneratorSettings;
import org.civichub.simulators.health.HealthSimulator;
import org.civichub.simulators.health.HealthSimulatorSettings;
import org.civichub.simulators.labour.LabourSimulator;
import org.civichub.simulators.labour.LabourSimulatorSettings;
import org.civichub.simulators.labour.TestPostgres;
import org.civichub.simulators.police.PoliceSimulator;
import org.civichub.simulators.police.PoliceSimulatorSettings;
import org.civichub.store.ConnectorState;
import org.civichub.store.Link;
import org.civichub.store.RecordCounts;
import org.civichub.store.elasticsearch.ElasticsearchStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record of a generated dataset is accounted for exactly once, across all four departments.
 *
 * <p>The project's generator writes a dataset of 1,500 persons; the police, health, civil-affairs
 * and labour simulators serve it in-process (labour through PostgreSQL), each with its clock at the
 * end; the four connectors' real sync routes pull it into the intake on the real Elasticsearch
 * store, all at once, each until a successful run finds nothing new. Then, read back from the
 * store: there is one link per record key of the dataset's {@code truth.csv} and no other, per
 * department; each link is linked to a resident, unlinked or quarantined; per connector the stored
 * versions are the rows of its department's files, its records are its truth keys, and its counts
 * by state agree with its links. A further sync of every connector changes none of it.
 */
class AllDepartmentsIT {

    private static final int PERSONS = 1500;
    private static final long SEED = 7;
    private static final int PAGE = 1000;
    /** More runs than a connector needs to pull everything and then find nothing new. */
    private static final int MAX_RUNS = 10;
    private static final Map<String, String> CONNECTORS = new LinkedHashMap<>(Map.of(
            "police", "police-all", "health", "health-all", "civil", "civil-all", "labour", "labour-all"));

    @TempDir
    Path dir;

    private final TestIndices es = new TestIndices();
    private final String schema = TestPostgres.freshSchema();
    private Path dataset;
    private ElasticsearchStores stores;
    private IntakeHub hub;
    private ProducerTemplate producer;
    private final Map<String, String> syncEndpoints = new HashMap<>();
    private final List<AutoCloseable> simulators = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        dataset = dir.resolve("dataset");
        new DatasetGenerator(GeneratorSettings.defaults().withPersons(PERSONS).withSeed(SEED)).writeTo(dataset);

        PoliceSimulator police = started(PoliceSimulator.start(PoliceSimulatorSettings.load(dataset)));
        Path drop = dir.resolve("health-drop");
        HealthSimulator health = started(HealthSimulator.start(HealthSimulatorSettings.load(dataset, drop)));
        // The test settings of the civil-affairs simulator have no rate limit and no 503s.
        CivilSimulator civil = started(CivilSimulator.start(CivilSimulatorSettings.load(dataset)));
        LabourSimulator labour = started(LabourSimulator.start(LabourSimulatorSettings.load(dataset,
                TestPostgres.simulatorDatabase(schema)).withReset(true)));
        police.setClockToEnd();
        health.setClockToEnd();
        civil.setClockToEnd();
        labour.setClockToEnd();

        stores = ElasticsearchStores.create(es.settings());
        hub = new IntakeHub(Map.of(id("police"), new PoliceMapper(), id("health"), new HealthMapper(),
                id("civil"), new CivilMapper(), id("labour"), new LabourMapper()), stores.batchWriter(),
                HubStores.of(stores), Clock.systemUTC());
        Watermarks watermarks = new StoredWatermarks(stores.connectorStateStore(), new AloneNode());

        PoliceSettings policeSettings = new PoliceSettings(id("police"), police.soapUrl(), 500, Duration.ZERO, 8,
                Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofSeconds(30));
        HealthSettings healthSettings = HealthSettings.of(id("health"), drop.toString(), "", "", 500, Duration.ZERO);
        CivilSettings civilSettings = new CivilSettings(id("civil"), URI.create("http://127.0.0.1:" + civil.port()),
                CivilContract.DEFAULT_API_KEY, 200, Duration.ZERO, 8, Duration.ofMillis(200), Duration.ofSeconds(10),
                3, Duration.ofMinutes(2), Duration.ofSeconds(30));
        LabourSettings labourSettings = new LabourSettings(id("labour"), schema + ".", "JY_DJ", "SB_CB", 500,
                Duration.ZERO, Duration.ofSeconds(60), 3, Duration.ofMinutes(2));
        hub.camel().addRoutes(PoliceConnector.routes(policeSettings, watermarks));
        hub.camel().addRoutes(HealthConnector.routes(healthSettings, watermarks));
        hub.camel().addRoutes(CivilConnector.routes(civilSettings, watermarks));
        hub.camel().addRoutes(LabourConnector.routes(labourSettings, TestPostgres::dataSource, watermarks));
        syncEndpoints.put(id("police"), policeSettings.syncEndpoint());
        syncEndpoints.put(id("health"), healthSettings.syncEndpoint());
        syncEndpoints.put(id("civil"), civilSettings.syncEndpoint());
        syncEndpoints.put(id("labour"), labourSettings.syncEndpoint());
        producer = hub.camel().createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        for (AutoCloseable simulator : simulators) {
            simulator.close();
        }
        if (stores != null) {
            stores.close();
        }
        es.deleteAll();
        TestPostgres.dropSchema(schema);
    }

    @Test
    void everyRecordOfEveryDepartmentIsAccountedForExactlyOnce() throws Exception {
        Map<String, Set<String>> truth = truthKeysByDepartment();
        Map<String, Long> rows = datasetRowsByDepartment();
        assertThat(truth.keySet()).containsExactlyInAnyOrderElementsOf(CONNECTORS.keySet());

        syncAllUntilNothingNew();

        List<Link> links = links();
        assertThat(links).extracting(Link::recordKey).as("one link per record key").doesNotHaveDuplicates();
        Map<String, List<Link>> byDepartment = links.stream().collect(groupingBy(Link::department));
        assertThat(byDepartment.keySet()).containsExactlyInAnyOrderElementsOf(CONNECTORS.keySet());
        for (String department : CONNECTORS.keySet()) {
            String id = id(department);
            List<Link> ofDepartment = byDepartment.get(department);
            assertThat(ofDepartment).extracting(Link::recordKey).as("the record keys of %s", department)
                    .containsExactlyInAnyOrderElementsOf(truth.get(department));
            assertThat(ofDepartment).as("the links of %s", department).allSatisfy(l -> {
                assertThat(l.connectorId()).isEqualTo(id);
                assertThat(l.recordKey()).startsWith(department + "/" + l.recordType() + "/");
                assertThat(l.state()).isIn(Link.State.LINKED, Link.State.UNLINKED, Link.State.QUARANTINED);
                assertThat(l.residentId() != null).as("%s has a resident id", l.recordKey())
                        .isEqualTo(l.state() == Link.State.LINKED);
            });

            List<RecordCounts> counts = stores.connectorStateStore().counts(id);
            assertThat(counts.stream().mapToLong(RecordCounts::versions).sum()).as("versions of %s", id)
                    .isEqualTo(rows.get(department));
            assertThat(counts.stream().mapToLong(RecordCounts::records).sum()).as("records of %s", id)
                    .isEqualTo(truth.get(department).size());
            assertThat(counts).as("counts of %s by type and state, as its links have them", id)
                    .containsExactlyInAnyOrderElementsOf(countsOf(ofDepartment, counts));
        }

        Map<String, List<RecordCounts>> counts = allCounts();
        Map<String, Link> linksByKey = links.stream().collect(toMap(Link::recordKey, l -> l));
        syncAllOnce();
        assertThat(allCounts()).as("counts after a further sync").isEqualTo(counts);
        assertThat(links().stream().collect(toMap(Link::recordKey, l -> l))).as("links after a further sync")
                .isEqualTo(linksByKey);
    }

    /** Syncs all four connectors at once, each until a successful run leaves its counts as they were. */
    private void syncAllUntilNothingNew() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONNECTORS.size());
        try {
            List<Future<Void>> runs = CONNECTORS.values().stream()
                    .map(id -> threads.submit(() -> syncUntilNothingNew(id))).toList();
            for (Future<Void> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Void syncUntilNothingNew(String id) {
        for (int run = 1; run <= MAX_RUNS; run++) {
            List<RecordCounts> before = stores.connectorStateStore().counts(id);
            boolean succeeded = sync(id);
            if (succeeded && !before.isEmpty() && stores.connectorStateStore().counts(id).equals(before)) {
                return null;
            }
        }
        throw new AssertionError(id + " still found new records or failed after " + MAX_RUNS + " runs: "
                + stores.connectorStateStore().get(id));
    }

    /** One more run of every connector, one after the other; each must succeed. */
    private void syncAllOnce() {
        for (String id : CONNECTORS.values()) {
            assertThat(sync(id)).as("a further sync of %s succeeds: %s", id, stores.connectorStateStore().get(id))
                    .isTrue();
        }
    }

    /** Asks a connector to sync, waits until that run has ended and says whether it succeeded. */
    private boolean sync(String id) {
        Optional<ConnectorState> before = stores.connectorStateStore().get(id);
        producer.sendBody(syncEndpoints.get(id), "");
        ConnectorState after = await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> stores.connectorStateStore().get(id), s -> s.isPresent() && ended(before, s.get()))
                .orElseThrow();
        return !Objects.equals(before.map(ConnectorState::lastSync).orElse(null), after.lastSync());
    }

    private static boolean ended(Optional<ConnectorState> before, ConnectorState now) {
        return !Objects.equals(before.map(ConnectorState::lastSync).orElse(null), now.lastSync())
                || !Objects.equals(before.map(ConnectorState::lastErrorAt).orElse(null), now.lastErrorAt());
    }

    private Map<String, List<RecordCounts>> allCounts() {
        Map<String, List<RecordCounts>> out = new TreeMap<>();
        CONNECTORS.values().forEach(id -> out.put(id, stores.connectorStateStore().counts(id)));
        return out;
    }

    /** Every link in the store, read page by page. */
    private List<Link> links() {
        List<Link> all = new ArrayList<>();
        String after = null;
        while (true) {
            List<Link> page = stores.linkStore().after(after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    /** The counts the links give, per record type, with the versions of the store's counts. */
    private static List<RecordCounts> countsOf(List<Link> links, List<RecordCounts> stored) {
        Map<String, Map<Link.State, Long>> byType = links.stream()
                .collect(groupingBy(Link::recordType, TreeMap::new, groupingBy(Link::state, counting())));
        Map<String, Long> versions = stored.stream().collect(toMap(RecordCounts::recordType, RecordCounts::versions));
        return byType.entrySet().stream().map(e -> new RecordCounts(e.getKey(), versions.getOrDefault(e.getKey(), 0L),
                e.getValue().getOrDefault(Link.State.LINKED, 0L), e.getValue().getOrDefault(Link.State.UNLINKED, 0L),
                e.getValue().getOrDefault(Link.State.QUARANTINED, 0L), e.getValue().getOrDefault(Link.State.REVIEW, 0L)))
                .toList();
    }

    /** The record keys of {@code truth.csv} by department; each key appears there once. */
    private Map<String, Set<String>> truthKeysByDepartment() throws IOException {
        List<String> keys = new ArrayList<>();
        try (CSVParser csv = parse(DatasetFile.TRUTH)) {
            csv.forEach(r -> keys.add(r.get("record_key")));
        }
        assertThat(keys).as("truth.csv").isNotEmpty().doesNotHaveDuplicates();
        return keys.stream().collect(groupingBy(k -> k.substring(0, k.indexOf('/')), TreeMap::new, toSet()));
    }

    /** The rows (record versions) of each department's files. */
    private Map<String, Long> datasetRowsByDepartment() throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        for (DatasetFile file : DatasetFile.sources()) {
            try (CSVParser csv = parse(file)) {
                long n = csv.stream().count();
                rows.merge(file.department(), n, Long::sum);
            }
        }
        return rows;
    }

    private CSVParser parse(DatasetFile file) throws IOException {
        Reader reader = Files.newBufferedReader(dataset.resolve(file.relativePath()), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
    }

    private <T extends AutoCloseable> T started(T simulator) {
        simulators.add(0, simulator);
        return simulator;
    }

    private static String id(String department) {
        return CONNECTORS.get(department);
    }
}
