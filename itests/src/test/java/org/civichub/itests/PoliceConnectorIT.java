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
        return connectors.get(CONNECTOR).map(s -> s.counts().stream().mapToLong(RecordCounts::pulled).sum()).orElse(0L);
    }
}
