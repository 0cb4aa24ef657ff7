package org.civichub.simulators.civil;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civichub.simulators.common.AdminApi;
import org.civichub.simulators.common.Clock;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.Inbox;
import org.civichub.simulators.common.InboxAdmin;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorServer;
import org.civichub.simulators.common.StandardWebhooks;

/**
 * A running civil-affairs simulator: the REST service under {@link #apiUrl()} and the admin API at
 * {@link #adminUrl()}, on one port. Start it with {@link #start}, stop it with {@link #close()}.
 * Several may run in one JVM, each on its own port. Thread-safe.
 */
public final class CivilSimulator implements SimulatorMain.Running {

    private final SimulatorServer server;
    private final CivilResource resource;
    private final Clock clock;
    private final Dataset dataset;
    private final Inbox inbox;

    /** Where the inbound webhook is published: {@code POST /hooks/civichub}. */
    public static final String HOOKS = "/hooks";

    private CivilSimulator(SimulatorServer server, CivilResource resource, Clock clock, Dataset dataset, Inbox inbox) {
        this.inbox = inbox;
        this.server = server;
        this.resource = resource;
        this.clock = clock;
        this.dataset = dataset;
    }

    /**
     * Binds the port and publishes the service and the admin API.
     *
     * @throws IllegalStateException when the port cannot be served
     */
    public static CivilSimulator start(CivilSimulatorSettings settings) {
        Dataset dataset = settings.dataset();
        Clock clock = Clock.forDataset(dataset, settings.clock());
        CivilResource resource = new CivilResource(dataset, clock, settings);
        Inbox inbox = new Inbox();
        SimulatorServer server = SimulatorServer.start(settings.host(), settings.port(),
                new AdminApi(dataset, clock, resource::status), new InboxAdmin(inbox));
        try {
            server.publishJaxRs(CivilContract.PATH, resource);
            if (!settings.webhookSecrets().isEmpty()) {
                server.publishJaxRs(HOOKS, new WebhookResource(inbox, new StandardWebhooks(settings.webhookSecrets())));
            }
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new CivilSimulator(server, resource, clock, dataset, inbox);
    }

    /** The base of the record endpoints, {@code http://host:port/api/v1}. */
    public String apiUrl() {
        return server.url(CivilContract.PATH);
    }

    /** The admin API's base, {@code http://host:port/admin}. */
    public String adminUrl() {
        return server.adminUrl();
    }

    public int port() {
        return server.port();
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The clock: records updated after it are not served. */
    public Instant clock() {
        return clock.now();
    }

    public void setClock(Instant to) {
        clock.set(to);
    }

    /** Moves the clock to the dataset's latest update time, so every record is served. */
    public void setClockToEnd() {
        dataset.latest().ifPresent(clock::set);
    }

    /** Replaces the 503 policy; its requests are counted from 1 again. */
    public void setUnavailablePolicy(UnavailablePolicy policy) {
        resource.setUnavailablePolicy(policy);
    }

    /** Requests received on the record endpoints, refused ones included. */
    public long requestCount() {
        return resource.requestCount();
    }

    /** Requests answered 429. */
    public long throttledCount() {
        return resource.throttledCount();
    }

    /** Requests answered 503. */
    public long unavailableCount() {
        return resource.unavailableCount();
    }

    /** What the hub delivered to the inbound webhook. */
    public Inbox inbox() {
        return inbox;
    }

    /** The inbound webhook's URL, {@code http://host:port/hooks/civichub}. */
    public String webhookUrl() {
        return server.url(HOOKS) + "/civichub";
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("api", apiUrl());
        urls.put("admin", adminUrl());
        urls.put("webhook", webhookUrl());
        return urls;
    }

    @Override
    public void close() {
        server.close();
    }
}
