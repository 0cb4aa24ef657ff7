package org.civichub.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real CivicHub assembly run as its own process, the way an operator runs it: unpacked once,
 * configured through {@code etc/*.cfg}, started with {@code bin/karaf server}, and killed without
 * warning when a test needs a crash.
 */
final class HubProcess implements AutoCloseable {

    private final Path home;
    private final int restPort;
    private Process process;

    private HubProcess(Path home, int restPort) {
        this.home = home;
        this.restPort = restPort;
    }

    /** Copies the built assembly to {@code home} and points it at the given Elasticsearch and police service. */
    static HubProcess unpack(Path assembly, Path home, String esUrl, String indexPrefix, String policeEndpoint,
                             int pageSize) throws IOException {
        copy(assembly, home);
        int restPort = freePort();
        cfg(home, "org.civichub.store.elasticsearch.cfg", "url = " + esUrl, "indexPrefix = " + indexPrefix);
        cfg(home, "org.civichub.rest.cfg", "port = " + restPort);
        cfg(home, "org.civichub.rest.users.cfg",
                "user." + KarafTestSupport.USER + " = " + ItPasswords.entry(KarafTestSupport.PASSWORD, "worker,operator", "350203"));
        cfg(home, "org.civichub.connector.police-default.cfg", "id = police-default", "endpoint = " + policeEndpoint,
                "pollIntervalSeconds = 0", "pageSize = " + pageSize);
        replace(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + freePort());
        replace(home.resolve("etc/org.apache.karaf.features.cfg"), "featuresBoot = \\", "featuresBoot = \\\n    civichub-connector-police, \\");
        return new HubProcess(home, restPort);
    }

    /** Writes (or replaces) a configuration file of the hub's {@code etc/}. */
    void configure(String name, String... lines) throws IOException {
        cfg(home, name, lines);
    }

    /** Boots a feature at start besides those of the assembly. */
    void boot(String feature) throws IOException {
        replace(home.resolve("etc/org.apache.karaf.features.cfg"), "featuresBoot = \\",
                "featuresBoot = \\\n    " + feature + ", \\");
    }

    void start() throws IOException {
        File log = home.resolve("hub-console.log").toFile();
        process = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
    }

    /** Kills the hub's JVM at once, like a power cut: no shutdown hooks, no clean stop. */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    int restPort() {
        return restPort;
    }

    Path log() {
        return home.resolve("data/log/karaf.log");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static void cfg(Path home, String name, String... lines) throws IOException {
        Files.write(home.resolve("etc").resolve(name), List.of(lines), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file.getFileName() + " no longer contains '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
