package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import org.civichub.store.StoreUnavailableException;
import org.civichub.store.elasticsearch.ElasticsearchSettings;
import org.civichub.store.elasticsearch.ElasticsearchStoreConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client, the index names and the index setup shared by the store services. Every call goes
 * through {@link #call}, which makes sure the indices exist and turns transport and server errors
 * into {@link StoreUnavailableException}.
 *
 * <p>In OSGi this is the configured component the store services reference; its service is only
 * usable inside this bundle because the package is not exported. It is immediate so that the
 * indices are set up, or the cluster reported unreachable, as soon as the configuration arrives.
 */
@Component(service = Connection.class, immediate = true, configurationPid = ElasticsearchStoreConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ElasticsearchStoreConfig.class)
public final class Connection implements AutoCloseable {

    /** One request to Elasticsearch. */
    @FunctionalInterface
    public interface Call<T> {
        T run(ElasticsearchClient client) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final ElasticsearchSettings settings;
    private final IndexNames names;
    private final ElasticsearchClient client;
    private final IndexSetup setup;

    /** Builds the client; does not contact the cluster. */
    public Connection(ElasticsearchSettings settings) {
        this.settings = settings;
        this.names = new IndexNames(settings.indexPrefix());
        this.client = ClientFactory.create(settings, Json.objectMapper());
        this.setup = new IndexSetup(client, names, settings);
    }

    /** Builds the client and sets up the indices, or leaves that to the first call if the cluster is down. */
    @Activate
    public Connection(ElasticsearchStoreConfig config) {
        this(ElasticsearchSettings.from(config));
        try {
            setup.ensure();
            LOG.info("Elasticsearch store ready: {}", settings);
        } catch (StoreUnavailableException e) {
            LOG.warn("Elasticsearch store not ready yet, will retry on first use: {}", e.getMessage());
        }
    }

    public ElasticsearchSettings settings() {
        return settings;
    }

    public IndexNames names() {
        return names;
    }

    public String alias(IndexKind kind) {
        return names.alias(kind);
    }

    /** The refresh policy for writes from the settings. */
    public Refresh refresh() {
        return switch (settings.refresh()) {
            case FALSE -> Refresh.False;
            case WAIT_FOR -> Refresh.WaitFor;
            case TRUE -> Refresh.True;
        };
    }

    public void ensureIndices() {
        setup.ensure();
    }

    /**
     * Runs a request once the indices exist.
     *
     * @throws StoreUnavailableException when the cluster cannot be reached or refuses the request
     */
    public <T> T call(String action, Call<T> call) {
        setup.ensure();
        try {
            return call.run(client);
        } catch (IOException | ElasticsearchException e) {
            throw unavailable(action, e);
        }
    }

    static StoreUnavailableException unavailable(String action, Exception e) {
        String reason = e instanceof ElasticsearchException ee && ee.error() != null
                ? ee.status() + " " + ee.error().type() + ": " + ee.error().reason()
                : e.toString();
        return new StoreUnavailableException("Elasticsearch could not " + action + ": " + reason, e);
    }

    @Override
    @Deactivate
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.warn("Closing the Elasticsearch client failed", e);
        }
    }
}
