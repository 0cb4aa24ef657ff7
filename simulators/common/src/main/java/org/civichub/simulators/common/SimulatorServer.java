package org.civichub.simulators.common;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.servlet.DispatcherType;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * One simulator's HTTP port (CXF on Jetty): the {@link AdminApi} under {@code /admin} plus the
 * simulator's own endpoints on other paths of the same port. Port 0 picks a free port.
 * {@link #close()} stops the endpoints in reverse order and frees the port.
 */
public final class SimulatorServer implements AutoCloseable {

    private static final int BIND_ATTEMPTS = 5;
    private static final long DRAIN_MILLIS = 5_000;

    private final String host;
    private final int port;
    private final Deque<Runnable> closers = new ArrayDeque<>();
    private final RequestTracker requests = new RequestTracker();
    private final Set<ServletContextHandler> trackedContexts = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    private SimulatorServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Binds {@code host:port} and publishes the admin API on it.
     *
     * @param port the port, or 0 for a free one (see {@link #port()})
     * @param moreAdmin a simulator's own JAX-RS resources under {@code /admin}, each annotated with a
     *        {@code @Path} below it (e.g. {@code "drops"}); a path of its own such as
     *        {@code /admin/drops} cannot be published beside {@code /admin} on the same port
     * @throws IllegalStateException when the port cannot be bound
     */
    public static SimulatorServer start(String host, int port, AdminApi admin, Object... moreAdmin) {
        Objects.requireNonNull(host, "host");
        RuntimeException last = null;
        for (int attempt = 0; attempt < (port == 0 ? BIND_ATTEMPTS : 1); attempt++) {
            int candidate = port == 0 ? JettyPorts.freePort(host) : port;
            if (JettyPorts.servedInThisJvm(candidate)) {
                last = new IllegalStateException("port " + candidate + " is already served in this JVM");
                continue;
            }
            SimulatorServer server = new SimulatorServer(host, candidate);
            try {
                Object[] resources = new Object[moreAdmin.length + 1];
                resources[0] = admin;
                System.arraycopy(moreAdmin, 0, resources, 1, moreAdmin.length);
                server.publishJaxRs("/admin", resources);
                return server;
            } catch (RuntimeException e) {
                server.close();
                last = e;
                if (!JettyPorts.causedByBind(e)) {
                    break;
                }
            }
        }
        throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + JettyPorts.rootMessage(last),
                last);
    }

    public String host() {
        return host;
    }

    /** The bound port (the chosen one when started with port 0). */
    public int port() {
        return port;
    }

    /** {@code http://host:port}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + host + ":" + port;
    }

    /** The URL of a path on this port, e.g. {@code url("/police")}. */
    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    public String adminUrl() {
        return url("/admin");
    }

    /** The CXF bus to publish this simulator's endpoints on. */
    public Bus bus() {
        return SimulatorBus.get();
    }

    /** Publishes JAX-RS resources (JSON through Jackson) under a path; returns its URL. */
    public String publishJaxRs(String path, Object... resources) {
        Server server = publish(path, address -> {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus());
            factory.setAddress(address);
            factory.setProvider(new JacksonJsonProvider());
            factory.setServiceBeans(List.of(resources));
            return factory.create();
        });
        onClose(server::destroy);
        return url(path);
    }

    /**
     * Publishes an endpoint on {@link #bus()} at a path of this port: runs {@code publisher} with the
     * path's URL and CXF's class loader as the thread context class loader, then lets {@link #close()}
     * wait for the path's requests in progress. The caller registers the endpoint's stop with
     * {@link #onClose}.
     */
    public <T> T publish(String path, Function<String, T> publisher) {
        String address = url(path);
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(SimulatorServer.class.getClassLoader());
        T published;
        try {
            published = publisher.apply(address);
        } finally {
            thread.setContextClassLoader(caller);
        }
        trackRequests();
        return published;
    }

    /** Registers an action for {@link #close()}; actions run in reverse order of registration. */
    public synchronized void onClose(Runnable action) {
        closers.push(Objects.requireNonNull(action, "action"));
    }

    /**
     * Waits (a few seconds at most) for the requests in progress to finish, refusing new ones with
     * 503, then stops the endpoints and frees the port. Closing again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        requests.drain(DRAIN_MILLIS);
        while (!closers.isEmpty()) {
            closers.pop().run();
        }
        JettyHTTPServerEngineFactory.destroyForPort(port);
    }

    // CXF puts endpoints into servlet contexts of its choosing (usually one root context per port).
    private void trackRequests() {
        for (ServletContextHandler context : JettyPorts.servletContexts(port)) {
            if (trackedContexts.add(context)) {
                context.addFilter(new FilterHolder(requests), "/*", EnumSet.of(DispatcherType.REQUEST));
            }
        }
    }
}
