package org.civichub.connector.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.civichub.connector.generic.internal.mapping.MappingParser;
import org.civichub.connector.generic.internal.rest.RestAnswerException;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.RetryLaterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rest-json source against a canned service: configured parameter and field names, nested
 * paths, values kept as sent, and every answer that is refused.
 */
class RestJsonShapesTest {

    private static final String SECRET = "s3cret-token-4711";
    private static final String MAPPING = """
            record.type = subsidy
            record.key = id
            record.version = modified
            source.fields = id, sfzh, xm, modified
            person.idNumber = sfzh
            person.name = xm
            """;

    private final CannedService service = new CannedService();
    private final TestHub hub = new TestHub();
    private GenericSettings settings;

    @AfterEach
    void stop() {
        service.close();
    }

    private PagedSource source(String path, String items, String cursor) throws Exception {
        RestJsonSettings rest = new RestJsonSettings(service.url(), path, "since", "page", "size", items, cursor,
                "X-Token", SECRET, Duration.ofSeconds(5));
        settings = new GenericSettings("subsidy-test", "subsidy", Path.of("subsidy.mapping"), rest, 2, Duration.ZERO,
                2, Duration.ofMillis(1), Duration.ofMillis(1), 3, Duration.ofMinutes(2));
        return GenericConnector.source(settings, MappingParser.parse("subsidy.mapping", MAPPING), Clock.systemUTC());
    }

    private PagedSource source() throws Exception {
        return source("/gw/subsidy?region=350203", "data.list", "data.next");
    }

    private static String page(String items, String next) {
        return "{\"code\":0,\"data\":{\"total\":9,\"list\":[" + items + "],\"next\":" + next + "},\"msg\":\"ok\"}";
    }

    private static String item(String id, String modified) {
        return "{\"id\":\"" + id + "\",\"sfzh\":\"110101199003077777\",\"xm\":\"王五\",\"modified\":\"" + modified + "\"}";
    }

    @Test
    void readsNestedPathsSendsTheConfiguredParametersAndTheKeyInItsHeader() throws Exception {
        service.answer(page(item("A1", "2024-05-01 08:00:00") + "," + item("A2", "2024-05-01 08:05:00"), "\"p2\""))
                .answer(page(item("A3", "2024-05-01 08:05:00"), "null"))
                .answer(page("", "null"));

        hub.sync(source(), settings.sync());
        hub.sync(source(), settings.sync());

        assertThat(hub.records()).extracting(r -> r.key().recordKey())
                .containsExactly("subsidy/subsidy/A1", "subsidy/subsidy/A2", "subsidy/subsidy/A3");
        assertThat(service.asked).extracting(CannedService.Asked::pathAndQuery).containsExactly(
                "/gw/subsidy?region=350203&size=2", "/gw/subsidy?region=350203&page=p2&size=2",
                "/gw/subsidy?region=350203&since=2024-05-01+08%3A05%3A00&size=2");
        assertThat(service.asked).extracting(CannedService.Asked::apiKey).containsOnly(SECRET);
        assertThat(hub.batches).extracting(b -> b.watermarkAfter()).containsExactly(
                "subsidy=2024-05-01+08%3A00%3A00", "subsidy=2024-05-01+08%3A05%3A00", null);
        assertThat(Positions.parse(hub.watermark).get("subsidy")).isEqualTo("2024-05-01 08:05:00");
    }

    @Test
    void keepsEveryValueAsSent() throws Exception {
        service.answer(page("{\"id\":\"A1\",\"amount\":1200.50,\"alive\":true,\"count\":3,\"sfzh\":null,"
                + "\"addr\":{\"city\":\"厦门\",\"no\":[1,2]},\"xm\":\" 王五 \",\"modified\":\"2024-05-01\"}", "\"\""));

        hub.sync(source(), settings.sync());

        assertThat(hub.records().get(0).payload()).containsExactly(Map.entry("id", "A1"), Map.entry("amount", "1200.50"),
                Map.entry("alive", "true"), Map.entry("count", "3"), Map.entry("sfzh", ""),
                Map.entry("addr", "{\"city\":\"厦门\",\"no\":[1,2]}"), Map.entry("xm", " 王五 "),
                Map.entry("modified", "2024-05-01"));
    }

    @Test
    void refusesAnswersThatAreNoPageWithoutShowingTheKey() throws Exception {
        String[][] cases = {
                {"[]", "the body is not a JSON object"},
                {"{\"data\":{\"list\":[]}}", "it has no \"data.next\" member"},
                {"{\"data\":{\"next\":null}}", "it has no \"data.list\" array"},
                {"{\"data\":{\"list\":{},\"next\":null}}", "\"data.list\" is not an array"},
                {"{\"data\":{\"list\":[1],\"next\":null}}", "item 1 is not an object"},
                {"{\"data\":{\"list\":[],\"next\":{}}}", "\"data.next\" is neither a string nor null"},
                {"{\"data\":{\"list\":[],\"next\":null}} {}", "there is more after the JSON object"},
                {"{\"data\":{\"list\":[{\"id\":1,\"id\":2}],\"next\":null}}", "it is not valid JSON: Duplicate field 'id'"},
                {page(item("A", "x") + "," + item("B", "y") + "," + item("C", "z"), "null"),
                        "it holds 3 items, more than the 2 asked for"},
                {page(item("A", "2024-05-02") + "," + item("B", "2024-05-01"), "null"),
                        "its items are not in update-time order (2024-05-01 after 2024-05-01T16:00:00Z)"},
                {"<html>" + SECRET + "</html>", "it is not valid JSON"}};
        for (String[] c : cases) {
            service.answer(c[0]);
            assertThatThrownBy(() -> hub.sync(source(), settings.sync())).as(c[0])
                    .isInstanceOf(RestAnswerException.class)
                    .hasMessageContaining("the service's answer to GET /gw/subsidy?size=2 is not a page of records: "
                            + c[1])
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void aNextCursorThatRepeatsTheCursorAskedWithEndsTheRun() throws Exception {
        service.answer(page(item("A", "2024-05-01"), "\"p2\"")).answer(page(item("B", "2024-05-02"), "\"p2\""));

        assertThatThrownBy(() -> hub.sync(source(), settings.sync())).isInstanceOf(RestAnswerException.class)
                .hasMessageContaining("GET /gw/subsidy?page=(next page)&size=2 is not a page of records: its next "
                        + "cursor is the cursor asked for, so paging would never end");
    }

    @Test
    void errorStatusesEndTheRunQuotingTheBodyWithTheKeyCutOutAndIdNumbersMasked() throws Exception {
        service.answer(500, "{\"error\":\"bad key " + SECRET + " for 110101199003077777\"}", null);

        assertThatThrownBy(() -> hub.sync(source(), settings.sync())).isInstanceOf(RestAnswerException.class)
                .hasMessageStartingWith("the service answered 500 to GET /gw/subsidy?size=2: {\"error\":\"bad key ***")
                .hasMessageNotContaining(SECRET).hasMessageNotContaining("199003077777");
    }

    @Test
    void a429Or503IsRetriedHonouringRetryAfterUpToTheRetriesAllowed() throws Exception {
        service.answer(429, "", "7").answer(503, "", "2").answer(page(item("A", "2024-05-01"), "null"));

        assertThat(hub.sync(source(), settings.sync())).isEqualTo(1);
        assertThat(hub.waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));

        service.answer(429, "", null).answer(429, "", null).answer(429, "", null);
        assertThatThrownBy(() -> hub.sync(source(), settings.sync())).isInstanceOf(RetryLaterException.class)
                .hasMessageContaining("the service asks to slow down (429)");
    }

    @Test
    void aServiceThatCannotBeReachedFailsTheRun() throws Exception {
        PagedSource s = source();
        service.close();

        assertThatThrownBy(() -> hub.sync(s, settings.sync())).isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith("GET /gw/subsidy?size=2 failed: ");
    }
}
