package org.civichub.rest.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.civichub.cxf.Cxf;
import org.civichub.rest.internal.operations.HealthResource;
import org.civichub.rest.internal.operations.MeteredAuditLog;
import org.civichub.rest.internal.operations.MeteredResidentSearch;
import org.civichub.rest.internal.operations.MetricsResource;
import org.civichub.rest.internal.problem.ProblemExceptionMapper;
import org.civichub.rest.internal.problem.StoreUnavailableMapper;
import org.civichub.rest.internal.problem.UnexpectedExceptionMapper;
import org.civichub.rest.internal.problem.WebApplicationExceptionMapper;
import org.civichub.rest.internal.resource.AuditResource;
import org.civichub.rest.internal.resource.ConflictResource;
import org.civichub.rest.internal.resource.FindingResource;
import org.civichub.rest.internal.grid.GridFile;
import org.civichub.rest.internal.grid.GridPlan;
import org.civichub.rest.internal.grid.GridScopes;
import org.civichub.rest.internal.resource.GridResource;
import org.civichub.rest.internal.resource.HouseholdResource;
import org.civichub.rest.internal.resource.LedgerResource;
import org.civichub.rest.internal.resource.LinkResource;
import org.civichub.rest.internal.resource.EntitlementResource;
import org.civichub.rest.internal.resource.FeedResource;
import org.civichub.rest.internal.resource.ResolverResource;
import org.civichub.rest.internal.resource.ReviewResource;
import org.civichub.rest.internal.resource.VerifyResource;
import org.civichub.rest.internal.resource.Auditor;
import org.civichub.rest.internal.resource.ConnectorResource;
import org.civichub.rest.internal.resource.OpenApiResource;
import org.civichub.rest.internal.resource.QuarantineResource;
import org.civichub.rest.internal.resource.ReportResource;
import org.civichub.rest.internal.resource.SessionResource;
import org.civichub.rest.internal.resource.WebContentResource;
import org.civichub.rest.internal.resource.RefusalAudit;
import org.civichub.rest.internal.resource.ResidentResource;
import org.civichub.rest.internal.resource.TagResource;
import org.civichub.rest.internal.security.JsonOnlyPosts;
import org.civichub.rest.WebContent;
import org.civichub.rest.internal.security.AuthenticationFilter;
import org.civichub.rest.internal.security.Logins;
import org.civichub.rest.internal.security.Sessions;

/**
 * The API as a running CXF JAX-RS server on CXF's own Jetty listener, without OSGi: the component
 * {@link ApiServer} and the tests both start it this way. Each server has a bus of its own, so
 * closing it frees the port. Responses do not name the server software. Each {@link WebContent}
 * is served on the same listener under {@code /<its path>/}, without credentials.
 */
public final class RestServer implements AutoCloseable {

    private final Bus bus;
    private final List<Server> servers;
    private final URI address;

    private RestServer(Bus bus, List<Server> servers, URI address) {
        this.bus = bus;
        this.servers = servers;
        this.address = address;
    }

    /** Starts the server; returns when it accepts connections. */
    public static RestServer start(ServerSettings settings, Backends backends, Clock clock) {
        return Cxf.call(() -> {
            Bus bus = BusFactory.newInstance().createBus();
            try {
                bus.getExtension(JettyHTTPServerEngineFactory.class)
                        .createJettyHTTPServerEngine(settings.host(), settings.port(), "http")
                        .setSendServerVersion(false);
                JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
                factory.setBus(bus);
                factory.setAddress(settings.address().toString());
                Auditor auditor = new Auditor(new MeteredAuditLog(backends.auditLog(), backends.metrics()),
                        backends.pseudonyms(), clock);
                Logins logins = new Logins(backends.users(), clock);
                Sessions sessions = new Sessions(settings.sessionIdle(), clock);
                java.util.function.Supplier<GridPlan> grids = grids(settings);
                factory.setServiceBeans(resources(settings, backends, auditor, logins, sessions, clock, grids));
                factory.setProviders(List.of(Json.provider(), new AuthenticationFilter(logins, sessions,
                                new GridScopes(grids, backends.residentSearch(), clock)),
                        new RefusalAudit(auditor), new JsonOnlyPosts(),
                        new ProblemExceptionMapper(), new WebApplicationExceptionMapper(),
                        new StoreUnavailableMapper(), new UnexpectedExceptionMapper()));
                List<Server> servers = new ArrayList<>(List.of(factory.create()));
                for (WebContent web : backends.web()) {
                    JAXRSServerFactoryBean files = new JAXRSServerFactoryBean();
                    files.setBus(bus);
                    files.setAddress(settings.root().resolve("/" + web.path()).toString());
                    files.setServiceBeans(List.of(new WebContentResource(web)));
                    servers.add(files.create());
                }
                return new RestServer(bus, servers, settings.address());
            } catch (Exception e) {
                bus.shutdown(true);
                throw e;
            }
        });
    }

    private static java.util.function.Supplier<GridPlan> grids(ServerSettings settings) {
        if (settings.gridFile() == null) {
            return () -> GridPlan.EMPTY;
        }
        GridFile file = new GridFile(settings.gridFile());
        return file::plan;
    }

    private static List<Object> resources(ServerSettings settings, Backends b, Auditor auditor, Logins logins,
                                          Sessions sessions, Clock clock, java.util.function.Supplier<GridPlan> grids) {
        List<Object> resources = new ArrayList<>(List.of(
                new SessionResource(logins, sessions),
                new ResidentResource(new MeteredResidentSearch(b.residentSearch(), b.metrics()), b.residentStore(),
                        b.decisions(), auditor, b.pseudonyms(), b.outbox(), grids),
                new ConnectorResource(b.connectors()),
                new QuarantineResource(b.quarantineStore(), b.links(), b.pseudonyms(), auditor),
                new AuditResource(b.auditLog()),
                new TagResource(new MeteredResidentSearch(b.residentSearch(), b.metrics()), auditor),
                new LinkResource(b.links(), auditor),
                new FindingResource(b.links(), auditor),
                new ConflictResource(new MeteredResidentSearch(b.residentSearch(), b.metrics()), b.residentStore(),
                        b.decisions(), auditor, b.pseudonyms()),
                new ReviewResource(b.links(), b.decisions(), auditor),
                new ResolverResource(b.estimates()),
                new FeedResource(b.feeds(), b.channels(), b.deliveries(), auditor),
                new EntitlementResource(b.feeds(), auditor),
                new ReportResource(b.reports(), b.residentStore(), b.outbox(), b.feeds(), b.channels(), b.deliveries(),
                        auditor),
                new VerifyResource(b.feeds(), new MeteredResidentSearch(b.residentSearch(), b.metrics()),
                        b.residentStore(), b.pseudonyms(), auditor),
                new HouseholdResource(b.residentStore(), auditor, b.pseudonyms()),
                new GridResource(new MeteredResidentSearch(b.residentSearch(), b.metrics()), grids, auditor,
                        b.pseudonyms()),
                new LedgerResource(new MeteredResidentSearch(b.residentSearch(), b.metrics()), grids, auditor,
                        b.pseudonyms(), clock),
                new HealthResource(b.storeHealth(), b.connectors()),
                new MetricsResource(b.metrics())));
        resources.add(new OpenApiResource(settings.basePath(),
                resources.stream().<Class<?>>map(Object::getClass).toList()));
        return resources;
    }

    public URI address() {
        return address;
    }

    @Override
    public void close() {
        try {
            servers.forEach(Server::destroy);
        } finally {
            bus.shutdown(true);
        }
    }
}
