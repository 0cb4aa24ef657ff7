package org.civichub.store.elasticsearch;

import java.time.Clock;
import org.civichub.metrics.MetricRegistry;
import org.civichub.metrics.Metrics;
import org.civichub.model.Pseudonyms;
import org.civichub.store.AuditLog;
import org.civichub.store.BatchWriter;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.Deliveries;
import org.civichub.store.LinkStore;
import org.civichub.store.Leases;
import org.civichub.store.LoadSettings;
import org.civichub.store.Outbox;
import org.civichub.store.RawRecords;
import org.civichub.store.ResolverKeys;
import org.civichub.store.QuarantineStore;
import org.civichub.store.ResidentSearch;
import org.civichub.store.ResidentStore;
import org.civichub.store.StoreHealth;
import org.civichub.store.elasticsearch.internal.AuditWriter;
import org.civichub.store.elasticsearch.internal.BulkBatchWriter;
import org.civichub.store.elasticsearch.internal.ClusterHealth;
import org.civichub.store.elasticsearch.internal.Connection;
import org.civichub.store.elasticsearch.internal.ConnectorStates;
import org.civichub.store.elasticsearch.internal.DeliveryStore;
import org.civichub.store.elasticsearch.internal.IndexLoadSettings;
import org.civichub.store.elasticsearch.internal.LeaseStore;
import org.civichub.store.elasticsearch.internal.KeyReader;
import org.civichub.store.elasticsearch.internal.RawReader;
import org.civichub.store.elasticsearch.internal.LinkReader;
import org.civichub.store.elasticsearch.internal.OutboxReader;
import org.civichub.store.elasticsearch.internal.QuarantineReader;
import org.civichub.store.elasticsearch.internal.ResidentReader;
import org.civichub.store.elasticsearch.internal.ResidentSearcher;

/**
 * The store services on one Elasticsearch cluster, built without OSGi (in OSGi the same classes are
 * the components). Creating it does not contact the cluster: the index templates, indices and aliases
 * are created idempotently by {@link #ensureIndices()} or, at the latest, by the first operation.
 * Every service throws {@link org.civichub.store.StoreUnavailableException} while the cluster cannot
 * be reached. The services are thread-safe; {@link #close()} releases the HTTP connections.
 */
public final class ElasticsearchStores implements AutoCloseable {

    private final Connection connection;
    private final BatchWriter batchWriter;
    private final ResidentStore residentStore;
    private final ResidentSearch residentSearch;
    private final QuarantineStore quarantineStore;
    private final ConnectorStateStore connectorStateStore;
    private final AuditLog auditLog;
    private final StoreHealth storeHealth;
    private final LinkStore linkStore;
    private final ResolverKeys resolverKeys;
    private final RawRecords rawRecords;
    private final Outbox outbox;
    private final Deliveries deliveries;
    private final LoadSettings loadSettings;
    private final Leases leases;
    private final Pseudonyms pseudonyms;

    private ElasticsearchStores(Connection connection, Metrics metrics, Pseudonyms pseudonyms) {
        this.connection = connection;
        this.batchWriter = new BulkBatchWriter(connection, metrics);
        this.residentStore = new ResidentReader(connection);
        this.residentSearch = new ResidentSearcher(connection);
        this.quarantineStore = new QuarantineReader(connection);
        this.connectorStateStore = new ConnectorStates(connection);
        this.pseudonyms = pseudonyms;
        this.auditLog = new AuditWriter(connection, pseudonyms, "hub", Clock.systemUTC());
        this.storeHealth = new ClusterHealth(connection);
        this.linkStore = new LinkReader(connection);
        this.resolverKeys = new KeyReader(connection);
        this.rawRecords = new RawReader(connection);
        this.outbox = new OutboxReader(connection);
        this.deliveries = new DeliveryStore(connection);
        this.loadSettings = new IndexLoadSettings(connection);
        this.leases = new LeaseStore(connection);
    }

    /**
     * The stores with metrics in a registry of their own and a fresh random key, for tests: an audit
     * chain written through them can be verified only through them.
     */
    public static ElasticsearchStores create(ElasticsearchSettings settings) {
        byte[] key = new byte[Pseudonyms.MIN_KEY_BYTES];
        new java.security.SecureRandom().nextBytes(key);
        return create(settings, new MetricRegistry(), new Pseudonyms(key));
    }

    /** The stores with metrics in a registry of their own and the hub's key, which signs the audit chain. */
    public static ElasticsearchStores create(ElasticsearchSettings settings, Pseudonyms pseudonyms) {
        return create(settings, new MetricRegistry(), pseudonyms);
    }

    /**
     * The stores, recording their metrics (bulk latency and failures) in {@code metrics}, with the
     * hub's key.
     */
    public static ElasticsearchStores create(ElasticsearchSettings settings, Metrics metrics, Pseudonyms pseudonyms) {
        return new ElasticsearchStores(new Connection(settings), metrics, pseudonyms);
    }

    /**
     * Creates the index templates, and each index with its alias where the alias does not exist yet.
     * Safe to call concurrently and repeatedly.
     *
     * @throws org.civichub.store.StoreUnavailableException when the cluster cannot be reached
     */
    public void ensureIndices() {
        connection.ensureIndices();
    }

    public ElasticsearchSettings settings() {
        return connection.settings();
    }

    public BatchWriter batchWriter() {
        return batchWriter;
    }

    public ResidentStore residentStore() {
        return residentStore;
    }

    public ResidentSearch residentSearch() {
        return residentSearch;
    }

    public QuarantineStore quarantineStore() {
        return quarantineStore;
    }

    public ConnectorStateStore connectorStateStore() {
        return connectorStateStore;
    }

    /** The audit as the hub node {@code hub} writes it. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** The audit as another hub node writes it: its own chain, named by its id (tests of several nodes). */
    public AuditLog auditLog(String node) {
        return new AuditWriter(connection, pseudonyms, node, Clock.systemUTC());
    }

    public LinkStore linkStore() {
        return linkStore;
    }

    public ResolverKeys resolverKeys() {
        return resolverKeys;
    }

    public RawRecords rawRecords() {
        return rawRecords;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    public LoadSettings loadSettings() {
        return loadSettings;
    }

    public Leases leases() {
        return leases;
    }

    public StoreHealth storeHealth() {
        return storeHealth;
    }

    @Override
    public void close() {
        connection.close();
    }
}
