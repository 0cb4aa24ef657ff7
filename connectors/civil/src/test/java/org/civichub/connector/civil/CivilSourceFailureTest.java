package org.civichub.connector.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.civichub.connector.civil.internal.CivilAnswerException;
import org.civichub.connector.civil.internal.CivilSource;
import org.civichub.connector.kit.RetryLaterException;
import org.civichub.simulators.civil.CivilSimulator;
import org.civichub.simulators.civil.CivilSimulatorSettings;
import org.civichub.simulators.civil.UnavailablePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a run can fail ends it with a message naming the status, the request and the start of
 * the body, never the API key; nothing is stored and the watermark stays.
 */
class CivilSourceFailureTest {

    private static final String KEY = "k3y-0f-the-c1vil-department";
    private static final String ID = CivilDatasets.idNumber(7);

    @TempDir
    Path dir;

    private CivilSimulator simulator;
    private CannedService canned;
    private CivilSettings settings;
    private CivilSource source;
    private final TestHub hub = new TestHub();

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
        if (canned != null) {
            canned.close();
        }
    }

    private void connect(String baseUrl, String key, int pageSize, int retries, Duration timeout, Clock clock) {
        settings = new CivilSettings("civil-test", URI.create(baseUrl), key, pageSize, Duration.ZERO, retries,
                Duration.ofMillis(5), Duration.ofMillis(20), 3, Duration.ofMinutes(2), timeout);
        source = CivilConnector.source(settings, clock);
    }

    private void connect(CannedService service) {
        canned = service;
        connect(canned.baseUrl(), KEY, 200, 0, Duration.ofSeconds(10), Clock.systemUTC());
    }

    private Throwable failedSync() {
        Throwable t = catchThrowable(() -> hub.sync(source, settings.sync()));
        assertThat(t).as("the run failed").isNotNull();
        assertThat(t.getMessage()).doesNotContain(KEY);
        assertThat(String.valueOf(t.getCause())).doesNotContain(KEY);
        return t;
    }

    @Test
    void aWrongApiKeyEndsTheRunWithA401AndNeitherKeyInTheMessage() {
        simulator = CivilSimulator.start(CivilSimulatorSettings.load(new CivilDatasets().assistance(3).write(dir))
                .withApiKey("the-right-one"));
        connect("http://127.0.0.1:" + simulator.port(), KEY, 200, 5, Duration.ofSeconds(10), Clock.systemUTC());

        Throwable t = failedSync();

        assertThat(t).isInstanceOf(CivilAnswerException.class).hasMessageContaining(
                "the civil-affairs service refused the API key (401) at GET /api/v1/assistance?limit=200");
        assertThat(t.getMessage()).doesNotContain("the-right-one");
        assertThat(simulator.requestCount()).as("not retried").isEqualTo(1);
        assertThat(hub.batches).isEmpty();
        assertThat(hub.watermark).isNull();
    }

    @Test
    void a403IsARefusedKeyToo() throws IOException {
        connect(CannedService.answering(403, "{\"title\":\"Forbidden\"}"));

        assertThat(failedSync()).hasMessageContaining("refused the API key (403)").hasMessageContaining("Forbidden");
    }

    @Test
    void anAlwaysUnavailableServiceEndsTheRunAfterTheRetriesAndStoresNothing() {
        simulator = CivilSimulator.start(CivilSimulatorSettings.load(new CivilDatasets().assistance(3).write(dir))
                .withApiKey(KEY).withUnavailablePolicy(UnavailablePolicy.everyNth(1), 1));
        connect("http://127.0.0.1:" + simulator.port(), KEY, 200, 2, Duration.ofSeconds(10), Clock.systemUTC());

        Throwable t = failedSync();

        assertThat(t).isInstanceOf(RetryLaterException.class)
                .hasMessage("the civil-affairs service is unavailable (503) at GET /api/v1/assistance?limit=200");
        assertThat(simulator.requestCount()).isEqualTo(3);
        assertThat(hub.waits).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10));
        assertThat(hub.batches).isEmpty();
        assertThat(hub.watermark).isNull();
    }

    @Test
    void aServerErrorEndsTheRunNamingTheStatusTheRequestAndTheBodyWithTheKeyCutAndIdNumbersMasked()
            throws IOException {
        connect(CannedService.answering(500, "{\"error\":\"database down\",\"request\":{\"key\":\"" + KEY
                + "\",\"idCard\":\"" + ID + "\"}}"));

        Throwable t = failedSync();

        assertThat(t).isInstanceOf(CivilAnswerException.class).hasMessageStartingWith(
                "the civil-affairs service answered 500 to GET /api/v1/assistance?limit=200: {\"error\":\"database down\"");
        assertThat(t.getMessage()).contains("\"key\":\"***\"").contains(ID.substring(0, 6) + "********")
                .doesNotContain(ID);
        assertThat(canned.seen).singleElement().satisfies(s -> {
            assertThat(s.apiKey()).isEqualTo(KEY);
            assertThat(s.pathAndQuery()).isEqualTo("/api/v1/assistance?limit=200").doesNotContain(KEY);
        });
    }

    @Test
    void aLongBodyIsQuotedOnlyAtItsStart() throws IOException {
        connect(CannedService.answering(502, "<html>\n<body>" + "x".repeat(5000) + "</body></html>"));

        assertThat(failedSync().getMessage()).endsWith(": <html> <body>" + "x".repeat(187) + "…");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<html>Bad gateway</html>               | it is not valid JSON: Unexpected character ('<'",
            "''                                     | the body is not a JSON object; it begins: (empty body)",
            "{\"data\":[],\"nextCursor\":null}      | it has no \"items\" array",
            "{\"items\":[]}                         | it has no \"nextCursor\" member",
            "{\"items\":[{\"caseNo\":{\"id\":1}}],\"nextCursor\":null} | field \"caseNo\" of item 1 is not a string"})
    void anAnswerThatIsNoPageOfTheContractEndsTheRun(String body, String why) throws IOException {
        connect(CannedService.answering(200, body));

        Throwable t = failedSync();

        assertThat(t).isInstanceOf(CivilAnswerException.class).hasMessageContaining(
                "the civil-affairs service's answer to GET /api/v1/assistance?limit=200 is not a page of records: " + why);
        assertThat(hub.batches).isEmpty();
    }

    @Test
    void garbageEchoingTheKeyIsQuotedWithoutIt() throws IOException {
        connect(CannedService.answering(200, KEY + " is not allowed here"));

        assertThat(failedSync().getMessage()).contains("it begins: *** is not allowed here");
    }

    @Test
    void aPageWithMoreItemsThanAskedForEndsTheRun() throws IOException {
        canned = CannedService.answering(200, "{\"items\":[" + item("A", 0) + "," + item("B", 0) + "," + item("C", 1)
                + "],\"nextCursor\":null}");
        connect(canned.baseUrl(), KEY, 2, 0, Duration.ofSeconds(10), Clock.systemUTC());

        assertThat(failedSync()).hasMessageContaining("limit=2 is not a page of records: it holds 3 items, more than "
                + "the 2 asked for");
        assertThat(hub.batches).isEmpty();
    }

    @Test
    void itemsOutOfUpdateTimeOrderEndTheRunSinceNoWatermarkWouldBeSafe() throws IOException {
        connect(CannedService.answering(200, "{\"items\":[" + item("A", 1) + "," + item("B", 0)
                + "],\"nextCursor\":null}"));

        assertThat(failedSync()).hasMessageContaining("its items are not in update-time order");
        assertThat(hub.watermark).isNull();
    }

    @Test
    void aServiceThatRepeatsTheCursorItWasGivenEndsTheRunInsteadOfLoopingForever() throws IOException {
        connect(CannedService.answering(200, "{\"items\":[],\"nextCursor\":\"abc\"}"));

        assertThat(failedSync()).hasMessageContaining("GET /api/v1/assistance?cursor=(next page)&limit=200 is not a "
                + "page of records: its nextCursor is the cursor asked for");
        assertThat(canned.seen).extracting(CannedService.Seen::pathAndQuery).containsExactly(
                "/api/v1/assistance?limit=200", "/api/v1/assistance?cursor=abc&limit=200");
    }

    @Test
    void tooManyRequestsWithAnHttpDateHintsTheWaitUntilThen() throws IOException {
        Instant now = Instant.parse("2024-05-01T00:00:00Z");
        canned = CannedService.answering(429, Map.of("Retry-After",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(42).atOffset(ZoneOffset.UTC))), "");
        connect(canned.baseUrl(), KEY, 200, 0, Duration.ofSeconds(10), Clock.fixed(now, ZoneOffset.UTC));

        Throwable t = failedSync();

        assertThat(t).isInstanceOf(RetryLaterException.class).hasMessageContaining("(429)");
        assertThat(((RetryLaterException) t).hint()).contains(Duration.ofSeconds(42));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeEndsTheRun() throws IOException {
        canned = CannedService.silent();
        connect(canned.baseUrl(), KEY, 200, 0, Duration.ofMillis(300), Clock.systemUTC());

        assertThat(failedSync()).isInstanceOf(IOException.class)
                .hasMessageStartingWith("GET /api/v1/assistance?limit=200 failed: HttpTimeoutException");
    }

    @Test
    void aServiceThatIsNotThereEndsTheRun() throws IOException {
        CannedService gone = CannedService.answering(200, "");
        String url = gone.baseUrl();
        gone.close();
        connect(url, KEY, 200, 0, Duration.ofSeconds(10), Clock.systemUTC());

        assertThat(failedSync()).isInstanceOf(IOException.class)
                .hasMessageStartingWith("GET /api/v1/assistance?limit=200 failed: ConnectException");
    }

    @Test
    void theStoredPositionIsSentAsUpdatedSinceAndTheCursorOnlyOnLaterPages() throws IOException {
        connect(CannedService.answering(503, ""));
        hub.watermark = "assistance=2024-05-01T08%3A00%3A00%2B08%3A00";

        assertThat(failedSync()).hasMessageContaining("updatedSince=2024-05-01T08:00:00+08:00&limit=200");
        assertThat(canned.seen).extracting(CannedService.Seen::pathAndQuery)
                .containsExactly("/api/v1/assistance?updatedSince=2024-05-01T08%3A00%3A00%2B08%3A00&limit=200");
    }

    private static String item(String caseNo, int minute) {
        return "{\"caseNo\":\"" + caseNo + "\",\"updatedAt\":\"" + CivilDatasets.time(minute) + "\"}";
    }
}
