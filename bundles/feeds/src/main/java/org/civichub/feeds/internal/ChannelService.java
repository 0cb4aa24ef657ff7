package org.civichub.feeds.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.civichub.feeds.ChannelStatus;
import org.civichub.feeds.Channels;
import org.civichub.feeds.Feeds;
import org.civichub.store.Deliveries;
import org.civichub.store.Scope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push channels of {@code etc/}{@value #PID}{@code .cfg}, one per department, each pushing its
 * feed on a thread of its own:
 * <pre>
 * civil.transport = webhook
 * civil.url = https://civil.example/hooks/civichub
 * civil.secrets = whsec_..., whsec_...
 * civil.scope = 350203
 * pollSeconds = 5
 * </pre>
 * Without the file no department is pushed to (each can still pull its feed). A channel that cannot
 * be read is refused with the reason, and the others run.
 */
@Component(service = Channels.class, configurationPid = ChannelService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class ChannelService implements Channels {

    public static final String PID = "org.civichub.channels";

    private static final Logger LOG = LoggerFactory.getLogger(ChannelService.class);

    private final List<Dispatcher> dispatchers = new ArrayList<>();
    private final ScheduledExecutorService threads;
    private final Duration interval;

    @Activate
    public ChannelService(@Reference Feeds feeds, @Reference Deliveries deliveries, Map<String, Object> properties) {
        this(feeds, deliveries, properties, Clock.systemUTC());
    }

    ChannelService(Feeds feeds, Deliveries deliveries, Map<String, Object> properties, Clock clock) {
        interval = Duration.ofSeconds(Long.parseLong(String.valueOf(properties.getOrDefault("pollSeconds", "5")).strip()));
        for (String department : departments(properties)) {
            try {
                dispatchers.add(new Dispatcher(department, feeds, deliveries, channel(department, properties, clock),
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

    private void run(Dispatcher d) {
        Duration next = d.round(interval);
        if (!threads.isShutdown()) {
            threads.schedule(() -> run(d), next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public List<ChannelStatus> statuses() {
        return dispatchers.stream().map(Dispatcher::status).toList();
    }

    private static Channel channel(String department, Map<String, Object> p, Clock clock) {
        String transport = String.valueOf(p.getOrDefault(department + ".transport", "webhook")).strip();
        if (!transport.equals("webhook")) {
            throw new IllegalArgumentException("unknown transport '" + transport + "' (known: webhook)");
        }
        Object url = p.get(department + ".url");
        if (url == null) {
            throw new IllegalArgumentException(department + ".url is missing");
        }
        return new WebhookChannel(URI.create(url.toString().strip()), list(p.get(department + ".secrets")), clock,
                Duration.ofSeconds(10));
    }

    private static Set<String> departments(Map<String, Object> p) {
        Set<String> out = new TreeSet<>();
        p.keySet().forEach(k -> {
            int dot = k.indexOf('.');
            if (dot > 0 && (k.endsWith(".transport") || k.endsWith(".url"))) {
                out.add(k.substring(0, dot));
            }
        });
        return out;
    }

    private static List<String> list(Object value) {
        return value == null ? List.of() : Arrays.stream(value.toString().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
