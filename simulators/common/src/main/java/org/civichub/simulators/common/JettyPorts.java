package org.civichub.simulators.common;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Port handling around CXF's Jetty engines, which CXF keeps per port number in one JVM-wide map:
 * finding a free port, and telling a bind failure from other start failures.
 */
final class JettyPorts {

    private JettyPorts() {
    }

    static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + host, e);
        }
    }

    /** Whether an engine of this JVM already has the port (publishing there would join it). */
    static boolean servedInThisJvm(int port) {
        return engines().retrieveJettyHTTPServerEngine(port) != null;
    }

    /** The servlet contexts CXF created on the port's engine. */
    static List<ServletContextHandler> servletContexts(int port) {
        JettyHTTPServerEngine engine = engines().retrieveJettyHTTPServerEngine(port);
        return engine == null ? List.of() : engine.getServer().getDescendants(ServletContextHandler.class);
    }

    static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static JettyHTTPServerEngineFactory engines() {
        JettyHTTPServerEngineFactory engines = SimulatorBus.get().getExtension(JettyHTTPServerEngineFactory.class);
        if (engines == null) {
            throw new IllegalStateException("CXF's Jetty transport is not on the class path");
        }
        return engines;
    }
}
