package org.civichub.rest.internal;

import java.util.List;
import java.util.Objects;
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

/**
 * The services the API is served from; {@code estimates} is {@code null} while the intake does not
 * run (e.g. its resolver configuration was refused), {@code feeds} and {@code channels} while the
 * feeds do not (their entitlements were refused), which leaves the rest of the API serving.
 */
public record Backends(
        ResidentSearch residentSearch,
        ResidentStore residentStore,
        QuarantineStore quarantineStore,
        AuditLog auditLog,
        Connectors connectors,
        UserDirectory users,
        StoreHealth storeHealth,
        Metrics metrics,
        Pseudonyms pseudonyms,
        LinkStore links,
        Decisions decisions,
        Reports reports,
        Outbox outbox,
        MatchEstimates estimates,
        Feeds feeds,
        Channels channels,
        Deliveries deliveries,
        List<WebContent> web) {

    public Backends {
        Objects.requireNonNull(residentSearch, "residentSearch");
        Objects.requireNonNull(residentStore, "residentStore");
        Objects.requireNonNull(quarantineStore, "quarantineStore");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(connectors, "connectors");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(storeHealth, "storeHealth");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(pseudonyms, "pseudonyms");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(deliveries, "deliveries");
        web = web == null ? List.of() : List.copyOf(web);
    }
}
