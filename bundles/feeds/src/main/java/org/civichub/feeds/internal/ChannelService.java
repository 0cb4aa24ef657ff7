package org.civichub.feeds.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.civichub.cluster.NodeLeases;
import org.civichub.feeds.ChannelStatus;
import org.civichub.feeds.Channels;
import org.civichub.feeds.Feeds;
import org.civichub.store.Deliveries;
import org.civichub.store.Scope;
import org.civichub.store.StoreUnavailableException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push channels of {@code etc/}{@value #PID}{@code .cfg}, one per department, each pushing its
 * feed on a thread of its own, by the transport its {@code <department>.transport} names:
 * <pre>
 * # Standard Webhooks: a signed JSON POST (the transport when none is named but a url is)
 * civil.transport = webhook
 * civil.url = https://civil.example/hooks/civichub
 * civil.secrets = whsec_..., whsec_...
 *
 * # SOAP 1.1: the notify operation of urn:civichub:police:v1
 * police.transport = soap
 * police.url = http://127.0.0.1:8081/police
 *
 * # a row per event in a table of the department's database; the javax.sql.DataSource service is
 * # the one the LDAP filter selects, by default (dataSourceName=&lt;department&gt;); the table INBOX
 * labour.transport = table
 * labour.dataSource = (dataSourceName=labour)
 * labour.table = INBOX
 *
 * # a JSON file per event, and its .ok marker, in an exchange folder (made when absent)
 * health.transport = folder
 * health.folder = /srv/exchange/health/inbox
 *
 * # for any channel: the divisions whose residents it hears of
 * civil.scope = 350203
 * pollSeconds = 5
 * </pre>
 * A department is configured by any of its {@code transport}, {@code url}, {@code folder} or
 * {@code dataSource} keys. A table channel looks its DataSource up at each delivery, so it waits,
 * degraded, until the service is there. Without the file no department is pushed to (each can still
 * pull its feed). A channel that cannot be read is refused with the reason, and the others run.
 */
@Component(service = Channels.class, configurationPid = ChannelService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class ChannelService implements Channels {

    public static final String PID = "org.civichub.channels";

    /** The transports a department's channel can have. */
    static final List<String> TRANSPORTS = List.of("webhook", "soap", "table", "folder");

    /** The keys of which any one makes a department's channel. */
    private static final Set<String> DEPARTMENT_KEYS = Set.of("transport", "url", "folder", "dataSource");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ChannelService.class);

    private final List<Dispatcher> dispatchers = new ArrayList<>();
    private final ScheduledExecutorService threads;
    private final Duration interval;
    private final NodeLeases node;

    @Activate
    public ChannelService(@Reference Feeds feeds, @Reference Deliveries deliveries, @Reference NodeLeases node,
                          BundleContext context, Map<String, Object> properties) {
        this(feeds, deliveries, properties, Clock.systemUTC(), filter -> () -> lease(context, filter), node);
    }

    /**
     * @param databases the lookup of the DataSource service an LDAP filter selects, for table channels
     */
    ChannelService(Feeds feeds, Deliveries deliveries, Map<String, Object> properties, Clock clock,
                   Function<String, TableChannel.Lookup> databases, NodeLeases node) {
        this.node = node;
        interval = Duration.ofSeconds(Long.parseLong(String.valueOf(properties.getOrDefault("pollSeconds", "5")).strip()));
        for (String department : departments(properties)) {
            try {
                dispatchers.add(new Dispatcher(department, feeds, deliveries,
                        channel(department, properties, clock, databases),
                        new Scope(Set.copyOf(list(properties.get(department + ".scope")))), clock));
            } catch (RuntimeException e) {
                LOG.error("etc/{}.cfg: the channel of '{}' is not started: {}", PID, department, e.getMessage());
            }
        }
        threads = Executors.newScheduledThreadPool(Math.max(1, dispatchers.size()), r -> {
            Thread t = new Thread(r, "civichub-channel");
            t.setDaemon(true);
            return t;
        });
        dispatchers.forEach(d -> threads.schedule(() -> run(d), 0, TimeUnit.SECONDS));
        if (!dispatchers.isEmpty()) {
            LOG.info("pushing to {}", dispatchers.stream().map(d -> d.status().department()).toList());
        }
    }

    /** A round of the department's channel, if this node holds the channel's lease ({@code channel/<department>}). */
    private void run(Dispatcher d) {
        String lease = "channel/" + d.status().department();
        Duration next = d.round(interval, () -> node.holds(lease));
        if (!threads.isShutdown()) {
            threads.schedule(() -> run(d), next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Each channel's status, with the node that pushes it: this one, or on standby the lease's holder. */
    @Override
    public List<ChannelStatus> statuses() {
        return dispatchers.stream().map(Dispatcher::status).map(this::withNode).toList();
    }

    private ChannelStatus withNode(ChannelStatus s) {
        if (!ChannelStatus.STANDBY.equals(s.state())) {
            return s.withNode(node.node());
        }
        try {
            return s.withNode(node.holder("channel/" + s.department()).orElse(null));
        } catch (StoreUnavailableException e) {
            return s;
        }
    }

    /**
     * The channel of a department as its keys describe it.
     *
     * @throws IllegalArgumentException naming the key when a transport is unknown or a setting is missing or wrong
     */
    static Channel channel(String department, Map<String, Object> p, Clock clock,
                           Function<String, TableChannel.Lookup> databases) {
        String transport = setting(p, department, "transport");
        if (transport == null) {
            if (setting(p, department, "url") == null) {
                throw new IllegalArgumentException(department + ".transport is missing (known: "
                        + String.join(", ", TRANSPORTS) + ")");
            }
            transport = "webhook";
        }
        return switch (transport) {
            case "webhook" -> new WebhookChannel(URI.create(required(p, department, "url")),
                    list(p.get(department + ".secrets")), clock, TIMEOUT);
            case "soap" -> new SoapChannel(URI.create(required(p, department, "url")), TIMEOUT);
            case "table" -> {
                String filter = setting(p, department, "dataSource");
                filter = filter == null ? "(dataSourceName=" + department + ")" : filter;
                try {
                    FrameworkUtil.createFilter(filter);
                } catch (InvalidSyntaxException e) {
                    throw new IllegalArgumentException(department + ".dataSource is no LDAP filter: " + filter, e);
                }
                String table = setting(p, department, "table");
                yield new TableChannel(databases.apply(filter), table == null ? TableChannel.DEFAULT_TABLE : table,
                        TIMEOUT);
            }
            case "folder" -> new FolderChannel(Path.of(required(p, department, "folder")));
            default -> throw new IllegalArgumentException("unknown transport '" + transport + "' (known: "
                    + String.join(", ", TRANSPORTS) + ")");
        };
    }

    /** A department's setting, stripped; {@code null} when absent or blank. */
    private static String setting(Map<String, Object> p, String department, String key) {
        Object value = p.get(department + "." + key);
        String s = value == null ? "" : value.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String required(Map<String, Object> p, String department, String key) {
        String s = setting(p, department, key);
        if (s == null) {
            throw new IllegalArgumentException(department + "." + key + " is missing");
        }
        return s;
    }

    /** The departments that have a channel: those with any of {@link #DEPARTMENT_KEYS}. */
    static Set<String> departments(Map<String, Object> p) {
        Set<String> out = new TreeSet<>();
        p.keySet().forEach(k -> {
            int dot = k.indexOf('.');
            if (dot > 0 && DEPARTMENT_KEYS.contains(k.substring(dot + 1))) {
                out.add(k.substring(0, dot));
            }
        });
        return out;
    }

    /**
     * The best {@code javax.sql.DataSource} service {@code filter} selects (highest ranking, then
     * oldest), held until the lease is closed.
     *
     * @throws IOException when none is registered now
     */
    static TableChannel.Lease lease(BundleContext context, String filter) throws IOException {
        List<ServiceReference<DataSource>> references;
        try {
            references = new ArrayList<>(context.getServiceReferences(DataSource.class, filter));
        } catch (InvalidSyntaxException e) {
            throw new IOException("not an LDAP filter: " + filter, e);
        }
        references.sort(Comparator.reverseOrder());
        for (ServiceReference<DataSource> r : references) {
            DataSource dataSource = context.getService(r);
            if (dataSource != null) {
                return new TableChannel.Lease(dataSource, () -> context.ungetService(r));
            }
        }
        throw new IOException("no javax.sql.DataSource matches " + filter);
    }

    private static List<String> list(Object value) {
        return value == null ? List.of() : Arrays.stream(value.toString().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
