package org.civichub.feeds.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.civichub.feeds.Entitlement;
import org.civichub.feeds.Entitlements;
import org.civichub.feeds.FeedPage;
import org.civichub.feeds.Feeds;
import org.civichub.model.Hashes;
import org.civichub.model.Resident;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.Outbox;
import org.civichub.store.ResidentStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds, with the entitlements of {@code etc/}{@value #PID}{@code .cfg} (the defaults when there
 * is none). A changed file takes effect for every read from then on; one that names an unknown kind
 * of change, field or fact is refused, and the feeds are down until it is fixed.
 */
@Component(service = Feeds.class, configurationPid = FeedService.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class FeedService implements Feeds {

    public static final String PID = "org.civichub.entitlements";

    private static final Logger LOG = LoggerFactory.getLogger(FeedService.class);

    private final FeedReader reader;
    private final Outbox outbox;
    private final Entitlements entitlements;

    /**
     * Puts the entitlements of the configuration in force, and records that in the audit: their
     * version and a digest of their content, so every change of what a department hears of is on
     * record (an audit that cannot be written is logged, and the entitlements apply all the same).
     */
    @Activate
    public FeedService(@Reference Outbox outbox, @Reference ResidentStore residents, @Reference AuditLog audit,
                       Map<String, Object> properties) {
        this(outbox, residents, entitlements(properties));
        LOG.info("entitlements version {} in force for {}", entitlements.version(), entitlements.departments().keySet());
        try {
            audit.record(applied(entitlements, Clock.systemUTC().instant()));
        } catch (RuntimeException e) {
            LOG.error("the entitlements now in force could not be audited", e);
        }
    }

    /** The audit entry of entitlements coming into force. */
    static AuditEntry applied(Entitlements e, Instant at) {
        StringBuilder content = new StringBuilder();
        e.departments().values().stream().sorted(Comparator.comparing(Entitlement::department))
                .forEach(d -> content.append(d.department()).append(':').append(d.changes()).append(d.fields())
                        .append(d.facts()).append('\n'));
        String digest = Hashes.sha256Hex(content.toString().getBytes(StandardCharsets.UTF_8));
        return new AuditEntry(at, "hub", null, "entitlements.applied", "applied", "version=" + e.version()
                + " departments=" + String.join(",", new TreeSet<>(e.departments().keySet()))
                + " sha256=" + digest.substring(0, 16), List.of(), false, List.of());
    }

    public FeedService(Outbox outbox, ResidentStore residents, Entitlements entitlements) {
        this(outbox, residents, entitlements, Clock.systemUTC());
    }

    FeedService(Outbox outbox, ResidentStore residents, Entitlements entitlements, Clock clock) {
        this.entitlements = entitlements;
        this.outbox = outbox;
        this.reader = new FeedReader(outbox, residents, clock);
    }

    private static Entitlements entitlements(Map<String, Object> properties) {
        return properties.containsKey("version") ? Entitlements.parse(properties, "etc/" + PID + ".cfg")
                : Entitlements.defaults();
    }

    @Override
    public String head() {
        return Cursor.of(outbox.last());
    }

    @Override
    public Entitlements entitlements() {
        return entitlements;
    }

    @Override
    public FeedPage read(String department, String cursor, int limit, Predicate<Resident> visible) {
        Entitlement e = entitlements.of(department)
                .orElseThrow(() -> new IllegalArgumentException("no entitlements for department '" + department + "'"));
        return reader.read(e, cursor, limit, visible);
    }

    @Override
    public List<String> recipients(Outbox.Entry entry, Resident now) {
        return entitlements.departments().values().stream()
                .filter(e -> FeedReader.event(e, entry, now) != null)
                .map(Entitlement::department).sorted().toList();
    }
}
