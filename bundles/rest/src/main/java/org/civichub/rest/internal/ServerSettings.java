package org.civichub.rest.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Validated settings of the API server: the interface, port and base path it listens on, and how
 * long a browser session may stay idle, and the grid file ({@code null}: no grids, divisions shown by code).
 */
public record ServerSettings(String host, int port, String basePath, Duration sessionIdle, java.nio.file.Path gridFile) {

    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
    /** The grid file's name in Karaf's {@code etc} when the configuration names none. */
    public static final String GRID_FILE = "civichub-grids.csv";

    public ServerSettings(String host, int port, String basePath) {
        this(host, port, basePath, DEFAULT_SESSION_IDLE);
    }

    public ServerSettings(String host, int port, String basePath, Duration sessionIdle) {
        this(host, port, basePath, sessionIdle, null);
    }

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        host = host.strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
        }
        if (basePath == null || !basePath.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new IllegalArgumentException("basePath must be a path such as /api/v1: " + basePath);
        }
        if (sessionIdle == null || sessionIdle.toMinutes() < 1 || sessionIdle.toHours() > 12) {
            throw new IllegalArgumentException("sessionIdleMinutes must be between 1 and 720: " + sessionIdle);
        }
    }

    public static ServerSettings from(ApiServerConfig c) {
        String etc = System.getProperty("karaf.etc");
        java.nio.file.Path grids = !c.gridFile().isBlank() ? java.nio.file.Path.of(c.gridFile().strip())
                : etc == null ? null : java.nio.file.Path.of(etc, GRID_FILE);
        return new ServerSettings(c.host(), c.port(), c.basePath(), Duration.ofMinutes(c.sessionIdleMinutes()), grids);
    }

    /** The address the JAX-RS server is published at, e.g. {@code http://127.0.0.1:8181/api/v1}. */
    public URI address() {
        return URI.create(root() + basePath);
    }

    /** The listener's root, e.g. {@code http://127.0.0.1:8181}. */
    public URI root() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port);
    }
}
