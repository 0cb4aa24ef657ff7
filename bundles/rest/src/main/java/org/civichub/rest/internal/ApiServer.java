package org.civichub.rest.internal;

import java.time.Clock;
import java.util.List;
import org.civichub.feeds.Channels;
import org.civichub.feeds.Feeds;
import org.civichub.metrics.Metrics;
import org.civichub.model.Pseudonyms;
import org.civichub.pipeline.Connectors;
import org.civichub.pipeline.Decisions;
import org.civichub.pipeline.MatchEstimates;
import org.civichub.pipeline.Reports;
import org.civichub.rest.WebContent;
import org.civichub.rest.internal.security.UserDirectory;
import org.civichub.store.AuditLog;
import org.civichub.store.Deliveries;
import org.civichub.store.LinkStore;
import org.civichub.store.Outbox;
import org.civichub.store.QuarantineStore;
import org.civichub.store.ResidentSearch;
import org.civichub.store.ResidentStore;
import org.civichub.store.StoreHealth;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the API while the store, the connectors and the user directory are there. A changed
 * configuration or a replaced service restarts the server.
 */
@Component(service = {}, configurationPid = ApiServerConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ApiServerConfig.class)
public final class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final RestServer server;

    @Activate
    public ApiServer(ApiServerConfig config,
            @Reference ResidentSearch residentSearch,
            @Reference ResidentStore residentStore,
            @Reference QuarantineStore quarantineStore,
            @Reference AuditLog auditLog,
            @Reference Connectors connectors,
            @Reference UserDirectory users,
            @Reference StoreHealth storeHealth,
            @Reference Metrics metrics,
            @Reference Pseudonyms pseudonyms,
            @Reference LinkStore links,
            @Reference Decisions decisions,
            @Reference Reports reports,
            @Reference Outbox outbox,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            MatchEstimates estimates,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Feeds feeds,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Channels channels,
            @Reference Deliveries deliveries,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<WebContent> web) {
        ServerSettings settings = ServerSettings.from(config);
        server = RestServer.start(settings,
                new Backends(residentSearch, residentStore, quarantineStore, auditLog, connectors, users,
                        storeHealth, metrics, pseudonyms, links, decisions, reports, outbox, estimates, feeds, channels,
                        deliveries, web),
                Clock.systemUTC());
        LOG.info("CivicHub API listening at {}", server.address());
    }

    @Deactivate
    void stop() {
        server.close();
        LOG.info("CivicHub API at {} stopped", server.address());
    }
}
