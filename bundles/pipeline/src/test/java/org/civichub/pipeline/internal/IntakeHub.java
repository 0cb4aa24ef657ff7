package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.cluster.NodeLeases;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.metrics.MetricRegistry;
import org.civichub.store.BatchWriter;
import org.civichub.store.elasticsearch.ElasticsearchStores;

/**
 * The intake route in a Camel context of its own, as the hub runs it but without OSGi: on the given
 * stores, with the police mapper installed as connector {@value PoliceRecords#CONNECTOR}.
 */
final class IntakeHub implements AutoCloseable {

    private final CamelContext camel = new DefaultCamelContext();
    private final IntakeRoutes routes;
    private final ProducerTemplate producer;
    private final BatchWriter writer;
    private final HubStores stores;
    /** What the store was told about first syncs, in order. */
    final List<Boolean> loading = new java.util.concurrent.CopyOnWriteArrayList<>();

    IntakeHub(ElasticsearchStores stores) throws Exception {
        this(stores.batchWriter(), HubStores.of(stores), Clock.systemUTC());
    }

    private final ConnectorMappers mappers;

    /** The hub on the given stores and clock; the writer may be a faulty one around the store's. */
    IntakeHub(BatchWriter writer, HubStores stores, Clock clock) throws Exception {
        this(Map.of(PoliceRecords.CONNECTOR, new PoliceMapper()), writer, stores, clock);
    }

    /** The hub with the given connectors' mappers, by connector id. */
    IntakeHub(Map<String, RecordMapper> mappers, BatchWriter writer, HubStores stores, Clock clock) throws Exception {
        this(mappers, writer, stores, clock, new AloneNode());
    }

    /** The hub as one node among others, with that node's leases. */
    IntakeHub(Map<String, RecordMapper> mappers, BatchWriter writer, HubStores stores, Clock clock, NodeLeases node)
            throws Exception {
        this.writer = writer;
        this.stores = stores;
        this.mappers = id -> Optional.ofNullable(mappers.get(id));
        routes = new IntakeRoutes(this.mappers, writer, stores.residents(), stores.states(),
                new MetricRegistry(), new SyncProgressBoard(), Fragments.PSEUDONYMS, stores.links(), stores.keys(), stores.raw(),
                loading::add, node, org.civichub.resolver.MatchModel.defaults(), org.civichub.model.Survivorship.DEFAULT,
                clock);
        camel.addRoutes(routes);
        camel.start();
        producer = camel.createProducerTemplate();
    }

    /** The running context of the intake routes, for connectors' sync routes to join. */
    CamelContext camel() {
        return camel;
    }

    /** Workers' decisions, taken in through this hub's intake at the given clock's time. */
    DecisionIntake decisions(Clock clock, org.civichub.store.RawRecords raw) {
        return new DecisionIntake(camel.createProducerTemplate(), stores.links(), raw, writer, mappers, clock);
    }

    /** Sends a page as a connector does and waits until it is stored and acknowledged. */
    IntakeResult send(IntakeBatch batch) {
        return producer.requestBody(Intake.ENDPOINT, batch, IntakeResult.class);
    }

    /** Sends the pages from threads of their own, released at the same moment, and waits for all. */
    List<IntakeResult> sendAtOnce(IntakeBatch... batches) throws Exception {
        CyclicBarrier together = new CyclicBarrier(batches.length);
        ExecutorService threads = Executors.newFixedThreadPool(batches.length);
        try {
            List<Future<IntakeResult>> sent = Arrays.stream(batches).map(b -> threads.submit(() -> {
                together.await();
                return send(b);
            })).toList();
            List<IntakeResult> results = new ArrayList<>();
            for (Future<IntakeResult> f : sent) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Override
    public void close() throws Exception {
        camel.close();
        routes.deactivate();
    }
}
