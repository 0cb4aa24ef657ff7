package org.civichub.simulators.police;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.cxf.jaxws.EndpointImpl;
import org.civichub.simulators.common.AdminApi;
import org.civichub.simulators.common.Clock;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.Inbox;
import org.civichub.simulators.common.InboxAdmin;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorServer;

/**
 * A running police department simulator: the SOAP service at {@link #soapUrl()} (queryChanges, and
 * notify through which the hub delivers events into the {@link #inbox()}) and the admin API at
 * {@link #adminUrl()} (with {@code /admin/inbox}), on one port. Start it with {@link #start}, stop it
 * with {@link #close()}. Several may run in one JVM, each on its own port. Thread-safe.
 */
public final class PoliceSimulator implements SimulatorMain.Running {

    private final SimulatorServer server;
    private final PoliceService service;
    private final Clock clock;
    private final Dataset dataset;
    private final Inbox inbox;

    private PoliceSimulator(SimulatorServer server, PoliceService service, Clock clock, Dataset dataset,
                            Inbox inbox) {
        this.server = server;
        this.service = service;
        this.clock = clock;
        this.dataset = dataset;
        this.inbox = inbox;
    }

    /**
     * Binds the port and publishes the service and the admin API.
     *
     * @throws IllegalStateException when the port cannot be served
     */
    public static PoliceSimulator start(PoliceSimulatorSettings settings) {
        Dataset dataset = settings.dataset();
        Clock clock = Clock.forDataset(dataset, settings.clock());
        Inbox inbox = new Inbox();
        PoliceService service = new PoliceService(new ChangeFeed(dataset), clock, inbox, settings.busyPolicy(),
                settings.retryAfterMillis());
        SimulatorServer server = SimulatorServer.start(settings.host(), settings.port(),
                new AdminApi(dataset, clock, service::status), new InboxAdmin(inbox));
        try {
            EndpointImpl endpoint = server.publish(PoliceContract.PATH, address -> {
                EndpointImpl created = new EndpointImpl(server.bus(), service);
                created.getOutInterceptors().add(new Utf8Responses());
                created.getOutFaultInterceptors().add(new Utf8Responses());
                created.publish(address);
                return created;
            });
            server.onClose(endpoint::stop);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new PoliceSimulator(server, service, clock, dataset, inbox);
    }

    /** The SOAP endpoint, {@code http://host:port/police}. */
    public String soapUrl() {
        return server.url(PoliceContract.PATH);
    }

    /** The served WSDL (its soap:address names this simulator). */
    public String wsdlUrl() {
        return soapUrl() + "?wsdl";
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

    /** Replaces the busy policy; its calls are counted from 1 again. */
    public void setBusyPolicy(BusyPolicy policy) {
        service.setBusyPolicy(policy);
    }

    /**
     * What the hub delivered through notify; {@code inbox().setAccepting(false)} takes the department
     * down as {@code POST /admin/inbox?accepting=false} does.
     */
    public Inbox inbox() {
        return inbox;
    }

    /** The inbound side's admin resource, {@code http://host:port/admin/inbox}. */
    public String inboxUrl() {
        return adminUrl() + "/inbox";
    }

    /** queryChanges calls received, busy and faulted ones included (notify calls are not counted). */
    public long requestCount() {
        return service.requestCount();
    }

    /** Calls answered with SERVICE_BUSY. */
    public long busyCount() {
        return service.busyCount();
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("soap", soapUrl());
        urls.put("wsdl", wsdlUrl());
        urls.put("admin", adminUrl());
        return urls;
    }

    @Override
    public void close() {
        server.close();
    }
}
