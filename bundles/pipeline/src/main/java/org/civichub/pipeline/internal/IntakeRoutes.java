package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.civichub.cluster.NodeLeases;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;
import org.civichub.metrics.Metrics;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Survivorship;
import org.civichub.pipeline.MatchEstimates;
import org.civichub.resolver.Em;
import org.civichub.resolver.Estimate;
import org.civichub.resolver.MatchModel;
import org.civichub.resolver.PairSample;
import org.civichub.store.BatchWriter;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.Lease;
import org.civichub.store.LinkStore;
import org.civichub.store.LoadSettings;
import org.civichub.store.RawRecords;
import org.civichub.store.ResidentStore;
import org.civichub.store.ResolverKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data path as routes: {@link Intake#ENDPOINT} takes a page of records through normalize,
 * resolve and merge, and store-and-acknowledge, and answers only when all of it is durable.
 * Batches are processed one at a time, on this node and of all nodes on the store (the store's
 * {@value #INTAKE_LOCK} lock), so two records of one person arriving at once through two connectors,
 * on two nodes, still end in one resident. Every batch and every sync's start and end are counted in
 * the hub's metrics and in the progress of running syncs; the store is told while a connector's first
 * sync runs ({@link FirstSyncs}). {@link ResidentMerges#ENDPOINT} merges and
 * unmerges residents, also while no batch runs.
 */
@Component(service = {RoutesBuilder.class, MatchEstimates.class}, configurationPid = IntakeRoutes.RESOLVER_PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class IntakeRoutes extends RouteBuilder implements MatchEstimates {

    /** How many candidate pairs' vectors the resolver keeps for {@link #estimate()}. */
    static final int SAMPLE = 200_000;

    /**
     * The configuration of identity resolution and survivorship: {@code etc/org.civichub.resolver.cfg}
     * (see {@link MatchModel} and {@link Survivorship#parse}).
     */
    public static final String RESOLVER_PID = "org.civichub.resolver";

    private final FragmentValidator validator = new FragmentValidator();
    private final Normalizer normalizer;
    private final RawStage raw;
    private final Merger merger;
    private final BatchStore store;
    private final SyncOutcomes outcomes;
    private final IntakeMeter meter;
    private final ResidentMerges merges;
    private final MatchModel model;
    private final FirstSyncs firstSyncs;
    private final KeyIndex keys;
    private final PairSample sample = new PairSample(SAMPLE);
    private final ReentrantLock oneBatchAtATime = new ReentrantLock();

    private static final Logger LOG = LoggerFactory.getLogger(IntakeRoutes.class);
    private static final String RECEIVED = "civichubIntakeReceived";
    private static final String LOCK = "civichubIntakeLock";

    /** The lock of all nodes' intakes. */
    static final String INTAKE_LOCK = "intake";

    private final NodeLeases node;

    @Activate
    public IntakeRoutes(@Reference ConnectorMappers mappers, @Reference BatchWriter writer,
                        @Reference ResidentStore residents, @Reference ConnectorStateStore states,
                        @Reference Metrics metrics, @Reference SyncProgressBoard progress,
                        @Reference Pseudonyms pseudonyms, @Reference LinkStore links,
                        @Reference ResolverKeys keys, @Reference RawRecords raw, @Reference LoadSettings load,
                        @Reference NodeLeases node, Map<String, Object> properties) {
        this(mappers, writer, residents, states, metrics, progress, pseudonyms, links, keys, raw, load, node,
                matchModel(properties), Survivorship.parse(properties), Clock.systemUTC());
    }

    IntakeRoutes(ConnectorMappers mappers, BatchWriter writer, ResidentStore residents,
                 ConnectorStateStore states, Metrics metrics, SyncProgressBoard progress, Pseudonyms pseudonyms,
                 LinkStore links, ResolverKeys keys, RawRecords rawRecords, LoadSettings load, NodeLeases node,
                 MatchModel model, Survivorship policy, Clock clock) {
        this.node = node;
        this.normalizer = new Normalizer(withDecisions(mappers), validator);
        this.raw = new RawStage(writer);
        this.model = model;
        this.keys = new KeyIndex(keys);
        this.merger = new Merger(residents, new Resolver(links, this.keys, residents, pseudonyms, model, sample),
                pseudonyms, policy, clock);
        this.store = new BatchStore(writer, states, clock);
        this.outcomes = new SyncOutcomes(states, node);
        this.firstSyncs = new FirstSyncs(states, load);
        this.meter = new IntakeMeter(metrics, progress, clock);
        this.merges = new ResidentMerges(residents, links, rawRecords, writer, pseudonyms, clock, this::take);
    }

    /** The connectors' mappers, and the hub's own for workers' decisions and reports. */
    private static ConnectorMappers withDecisions(ConnectorMappers mappers) {
        RecordMapper decisions = new DecisionMapper();
        RecordMapper reports = new ReportMapper();
        return id -> DecisionMapper.CONNECTOR.equals(id) ? Optional.of(decisions)
                : ReportMapper.CONNECTOR.equals(id) ? Optional.of(reports) : mappers.mapper(id);
    }

    /**
     * The model of {@code etc/}{@value #RESOLVER_PID}{@code .cfg}, or the defaults when there is none.
     *
     * @throws org.civichub.resolver.ResolverConfigException listing every problem of the file, or the
     *         arithmetic that shows it can never link or always links: the intake does not start
     */
    static MatchModel matchModel(Map<String, Object> properties) {
        boolean configured = properties.keySet().stream()
                .anyMatch(k -> k.startsWith("blocking") || k.startsWith("comparator.") || k.startsWith("threshold."));
        return configured ? MatchModel.parse(properties, "etc/" + RESOLVER_PID + ".cfg") : MatchModel.defaults();
    }

    @Override
    public MatchModel model() {
        return model;
    }

    @Override
    public long pairsScored() {
        return sample.seen();
    }

    @Override
    public int pairsSampled() {
        return sample.size();
    }

    @Override
    public Optional<Estimate> estimate() {
        List<int[]> vectors = sample.vectors();
        return vectors.size() < MIN_PAIRS ? Optional.empty()
                : Optional.of(Em.estimate(model, 0.1, vectors, 500, 1e-7));
    }

    @Override
    public void configure() {
        from(Intake.ENDPOINT).routeId("civichub-intake")
                .process(this::lock)
                .doTry()
                    .process(e -> e.setProperty(RECEIVED, meter.received(e.getMessage().getBody(IntakeBatch.class))))
                    .process(e -> e.getMessage().setBody(normalizer.normalize(e.getMessage().getBody(IntakeBatch.class))))
                    .process(e -> e.getMessage().setBody(raw.store(e.getMessage().getBody(NormalizedBatch.class))))
                    .process(e -> e.getMessage().setBody(merger.merge(e.getMessage().getBody(NormalizedBatch.class))))
                    .process(this::storeFenced)
                    .process(e -> meter.stored((IntakeMeter.Received) e.removeProperty(RECEIVED),
                            e.getMessage().getBody(IntakeResult.class)))
                .doFinally()
                    .process(this::unlock)
                    .process(e -> failedIfNotStored(e))
                .end();

        from(ResidentMerges.ENDPOINT).routeId("civichub-resident-merges")
                .process(this::lock)
                .doTry()
                    .process(e -> e.getMessage().setBody(merges.apply(e.getMessage().getBody(ResidentMerges.Command.class))))
                .doFinally()
                    .process(this::unlock)
                .end();

        from(Intake.SYNC_STARTED).routeId("civichub-sync-started")
                .process(e -> firstSyncs.started(e.getMessage().getBody(SyncStarted.class).connectorId()))
                .process(e -> meter.syncStarted(e.getMessage().getBody(SyncStarted.class)));

        from(Intake.SYNC_FINISHED).routeId("civichub-sync-finished")
                .process(e -> meter.syncFinished(e.getMessage().getBody(SyncOutcome.class)))
                .process(e -> outcomes.record(e.getMessage().getBody(SyncOutcome.class)))
                .process(e -> firstSyncs.finished(e.getMessage().getBody(SyncOutcome.class).connectorId()));
    }

    /**
     * Takes a page through every stage for a merge or unmerge, which holds the lock: the residents
     * {@code rebuild} names are built again from the page's records.
     */
    private void take(IntakeBatch batch, Rebuild rebuild) {
        try {
            MergedBatch merged = merger.merge(raw.store(normalizer.normalize(batch)), rebuild);
            store.store(merged, BatchStore.Fence.NONE);
            keys.stored(merged.batch().keys());
        } catch (RuntimeException failed) {
            keys.forget();
            throw failed;
        }
    }

    /** Takes the intake of this node, then of all nodes; holds neither if either cannot be had. */
    private void lock(Exchange e) throws InterruptedException {
        oneBatchAtATime.lock();
        try {
            Lease lock = node.lock(INTAKE_LOCK);
            e.setProperty(LOCK, lock);
            keys.locked(lock.fencing(), () -> node.confirmLock(lock));
        } catch (RuntimeException | InterruptedException failed) {
            oneBatchAtATime.unlock();
            throw failed;
        }
    }

    /**
     * Stores the batch, fenced: before each write the store confirms that this node still holds the
     * intake lock it took for the batch, and before the watermark moves, the connector's lease.
     */
    private void storeFenced(Exchange e) {
        MergedBatch batch = e.getMessage().getBody(MergedBatch.class);
        Lease lock = e.getProperty(LOCK, Lease.class);
        IntakeResult stored = store.store(batch, new BatchStore.Fence() {
            @Override
            public void write() {
                node.confirmLock(lock);
            }

            @Override
            public void watermark() {
                node.confirmHeld(StoredWatermarks.lease(batch.connectorId()));
            }
        });
        keys.stored(batch.batch().keys());
        e.getMessage().setBody(stored);
    }

    private void unlock(Exchange e) {
        try {
            Lease lock = e.getProperty(LOCK, Lease.class);
            e.removeProperty(LOCK);
            if (lock != null) {
                node.unlock(lock);
            }
        } catch (RuntimeException failed) {
            LOG.warn("Giving back the intake lock failed (it runs out by itself): {}", failed.toString());
        } finally {
            oneBatchAtATime.unlock();
        }
    }

    /** A batch still marked as received at the end did not get through: count it as failed. */
    private void failedIfNotStored(Exchange e) {
        Object received = e.removeProperty(RECEIVED);
        if (received != null) {
            keys.forget();
            meter.failed((IntakeMeter.Received) received);
        }
    }

    @Deactivate
    void deactivate() {
        validator.close();
    }
}
