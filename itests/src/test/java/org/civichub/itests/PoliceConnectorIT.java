package org.civichub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;
import org.civichub.store.RecordCounts;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.slf4j.LoggerFactory;

/**
 * The police connector as a plugin of the running hub: installed as a feature, it syncs every
 * police record from the simulator into Elasticsearch, a known resident is found through the REST
 * API and in the shell, the health check answers without credentials and the metrics count the
 * pulled records, and the feature is removed and installed again without restarting the hub.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PoliceConnectorIT extends KarafTestSupport {

    private static final String FEATURE = "civichub-connector-police";
    private static final String CONNECTOR = "police-default";

    @Inject
    private FeaturesService features;

    @Inject
    private Connectors connectors;

    @Inject
    private SessionFactory shell;

    @Configuration
    public Option[] config() {
        return hubOptions();
    }

    @Test
    public void syncsEveryPoliceRecordAndServesAKnownResidentAcrossAReinstall() throws Exception {
        long expected = Long.getLong("civichub.it.policeRecords");

        features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        await("the police connector is registered", Duration.ofSeconds(60), () -> connectors.get(CONNECTOR).isPresent());
        assertTrue(connectors.sync(CONNECTOR));
        await("every police record is indexed or quarantined", Duration.ofSeconds(120), () -> pulled() == expected);
        // Records are counted once kept as received; their residents are written just after.
        await("the first sync is recorded", Duration.ofSeconds(30),
                () -> connectors.get(CONNECTOR).map(ConnectorStatus::lastSync).isPresent());

        var health = anonymousGet("/health");
        assertEquals(health.body(), 200, health.statusCode());
        assertTrue(health.body(), health.body().contains("\"connector:" + CONNECTOR + "\":\"up\""));
        var metrics = get("/metrics");
        assertEquals(metrics.body(), 200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse(""),
                metrics.headers().firstValue("Content-Type").orElse("").contains("version=0.0.4"));
        assertTrue(metrics.body(), metricSum(metrics.body(), "civichub_connector_records_pulled_total") > 0);
        assertTrue(metrics.body(), metricSum(metrics.body(), "civichub_es_bulk_seconds_count") > 0);

        String name = URLEncoder.encode(knownName(), StandardCharsets.UTF_8);
        var response = get("/residents?q=" + name);
        assertEquals(response.body(), 200, response.statusCode());
        String suffix = System.getProperty("civichub.it.knownIdNumber").substring(14);
        assertTrue(response.body(), response.body().contains(suffix));
        assertFalse("ID numbers are masked", response.body().contains(System.getProperty("civichub.it.knownIdNumber")));

        var firstSync = connectors.get(CONNECTOR).orElseThrow().lastSync();
        String table = execute("civichub:connectors");
        assertTrue(table, table.contains(CONNECTOR) && table.contains("running"));
        String quarantine = execute("civichub:quarantine --size 5");
        assertFalse("ID numbers are masked in the shell", quarantine.matches("(?s).*\\d{17}[\\dX].*"));

        features.uninstallFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        await("the police connector is gone", Duration.ofSeconds(60), () -> connectors.get(CONNECTOR).isEmpty());

        features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        await("the police connector is back", Duration.ofSeconds(60), () -> connectors.get(CONNECTOR).isPresent());
        assertTrue(connectors.sync(CONNECTOR));
        await("the reinstalled connector syncs", Duration.ofSeconds(60),
                () -> connectors.get(CONNECTOR).map(ConnectorStatus::lastSync).filter(t -> !t.equals(firstSync))
                        .isPresent());
        assertEquals("re-reading changes nothing", expected, pulled());
        ConnectorStatus status = connectors.get(CONNECTOR).orElseThrow();
        assertEquals(null, status.lastError());

        var audit = get("/audit/verify");
        assertEquals(audit.body(), 200, audit.statusCode());
        assertTrue("every read so far is chained: " + audit.body(), audit.body().contains("\"intact\":true"));
        assertTrue(execute("civichub:audit-verify"), execute("civichub:audit-verify").startsWith("intact"));

        var routes = java.lang.management.ManagementFactory.getPlatformMBeanServer()
                .queryNames(new javax.management.ObjectName("org.apache.camel:type=routes,*"), null);
        assertTrue("Camel's routes are managed over JMX: " + routes,
                routes.stream().anyMatch(n -> n.toString().contains("civichub-intake")));
    }

    @Test
    public void noLogLineHoldsAFullIdNumber() throws Exception {
        String full = "350203199003071234";
        LoggerFactory.getLogger("org.civichub.itests.probe").warn("probe {} / 350203 1990 0307 1234 / {}", full,
                "35020319900307123X", new IllegalStateException("failed for " + full));
        Path log = Path.of(System.getProperty("karaf.log"), "karaf.log");
        await("the probe is in the log", Duration.ofSeconds(30), () -> read(log).contains("probe "));
        String text = read(log);
        assertTrue(text, text.contains("probe 350203********1234 / 350203********1234 / 350203********123X"));
        assertTrue("the stack trace is masked too", text.contains("failed for 350203********1234"));
        Matcher id = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9])").matcher(text);
        while (id.find()) {
            String candidate = id.group();
            assertFalse("a full ID number in the log: " + candidate.substring(0, 6) + "...",
                    org.civichub.model.IdNumber.checkCharacter(candidate.substring(0, 17)) == candidate.charAt(17));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void theSshConsoleListensOnLoopbackOnly() throws Exception {
        String shellCfg = Files.readString(Path.of(System.getProperty("karaf.etc"), "org.apache.karaf.shell.cfg"));
        assertTrue(shellCfg, shellCfg.lines().anyMatch(l -> l.replace(" ", "").equals("sshHost=127.0.0.1")));
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address.isLoopbackAddress() || !(address instanceof java.net.Inet4Address)) {
                    continue;
                }
                try (var socket = new java.net.Socket()) {
                    socket.connect(new java.net.InetSocketAddress(address, 18101), 2000);
                    throw new AssertionError("the SSH console answers on " + address);
                } catch (java.io.IOException expected) {
                    // refused: nothing listens there
                }
            }
        }
    }

    private String execute(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Session session = shell.create(new ByteArrayInputStream(new byte[0]), print, print)) {
            session.execute(command);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The sum of the samples of one metric of this connector, or of one without labels. */
    private static double metricSum(String text, String metric) {
        Pattern sample = Pattern.compile("^" + metric + "(\\{connector=\"" + CONNECTOR + "\"[^}]*})? (\\S+)$",
                Pattern.MULTILINE);
        Matcher m = sample.matcher(text);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }

    private static HttpResponse<String> anonymousGet(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("civichub.it.restPort") + "/api/v1" + path)).timeout(Duration.ofSeconds(30))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long pulled() {
        return connectors.get(CONNECTOR).map(s -> s.counts().stream().mapToLong(RecordCounts::versions).sum()).orElse(0L);
    }
}
