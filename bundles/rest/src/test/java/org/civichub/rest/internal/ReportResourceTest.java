package org.civichub.rest.internal;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.civichub.feeds.ChannelStatus;
import org.civichub.model.SourceRecord;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.Deliveries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /reports}: a worker reports a change once, in scope, and sees it reach each department. */
class ReportResourceTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply death(String user, String residentId) {
        return api.post("/reports", user, "{\"kind\":\"death\",\"residentId\":\"" + residentId
                + "\",\"date\":\"2024-05-30\"}");
    }

    @Test
    void aWorkerReportsADeathInScopeAndItIsKeptWithTheWorkerAndTheResidentsCommunity() {
        Reply r = death("wang", Fixtures.ZHANG.id());

        assertThat(r.status()).isEqualTo(201);
        SourceRecord filed = api.reports.filed.get(0);
        assertThat(filed.field("user")).isEqualTo("wang");
        assertThat(filed.field("division")).isEqualTo("350203006004");
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/v1/reports/" + filed.key().sourceId()));
        assertThat(r.json().get("kind").asText()).isEqualTo("death");
        assertThat(r.json().get("reportedBy").asText()).isEqualTo("wang");
        assertThat(r.json().get("residents")).extracting(JsonNode::asText).containsExactly(Fixtures.ZHANG.id());
        assertThat(r.json().get("deliveries")).extracting(d -> d.get("department").asText())
                .containsExactly("civil", "health", "labour", "police");
        assertThat(r.json().get("deliveries").get(0).get("state").asText()).as("a pulling department")
                .isEqualTo("inFeed");
        assertThat(api.audit.last().action()).isEqualTo("report.file");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
    }

    @Test
    void aReportAboutAResidentOutsideTheWorkersScopeIsRefusedAsIfThereWereNoneAndAudited() {
        Reply r = death("wang", Fixtures.LI.id());

        assertThat(r.status()).isEqualTo(404);
        assertThat(api.reports.filed).isEmpty();
        assertThat(api.audit.last().action()).isEqualTo("report.file");
        assertThat(api.audit.last().outcome()).isEqualTo("not-found");
    }

    @Test
    void aReportForACommunityOutsideTheScopeIsForbiddenAndAudited() {
        Reply r = api.post("/reports", "wang", "{\"kind\":\"moveIn\",\"idNumber\":\"11010519491231002X\","
                + "\"name\":\"李梅\",\"division\":\"350203007001\",\"date\":\"2024-05-01\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(api.reports.filed).isEmpty();
        assertThat(api.audit.last().outcome()).isEqualTo("denied");
    }

    @Test
    void aBadReportNamesEveryFieldAndRuleAndKeepsNothing() {
        Reply r = api.post("/reports", "wang", "{\"kind\":\"divorce\",\"residentId\":\"" + Fixtures.ZHANG.id()
                + "\",\"colour\":\"red\",\"address\":{\"text\":\"x\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("colour").contains("field.unknown").contains("value.plain");
        Reply rules = api.post("/reports", "wang", "{\"kind\":\"divorce\",\"residentId\":\"" + Fixtures.ZHANG.id() + "\"}");
        assertThat(rules.status()).isEqualTo(400);
        assertThat(rules.body()).contains("kind.oneOf").contains("\"date\"").contains("field.present");
        assertThat(api.reports.filed).isEmpty();
    }

    @Test
    void departmentsAndUsersWithoutTheWorkerRoleCannotReport() {
        Reply client = api.send(api.request("/reports").header("X-Api-Key", "key-police")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"kind\":\"death\"}")));

        assertThat(client.status()).isEqualTo(403);
        assertThat(death("ops", Fixtures.ZHANG.id()).status()).isEqualTo(403);
        assertThat(api.reports.filed).isEmpty();
    }

    @Test
    void aReportShowsEachDepartmentsDeliveryOverItsChannel() {
        String id = death("wang", Fixtures.ZHANG.id()).json().get("id").asText();
        String event = api.reports.causedBy(api.reports.filed.get(0).key().recordKey(), 10).get(0).event().id();
        Instant at = Instant.parse("2024-06-01T10:00:05Z");
        api.channelStatuses.add(new ChannelStatus("police", "soap", "up", 1, 1, at, null, null, 0, "hub-1"));
        api.channelStatuses.add(new ChannelStatus("health", "folder", "up", 0, 0, null, null, null, 0, "hub-1"));
        api.deliveries.record(List.of(new Deliveries.Receipt("police", event, 1, at, at, 1)));

        Reply r = api.get("/reports/" + id, "li");

        assertThat(r.status()).isEqualTo(200);
        JsonNode police = department(r.json(), "police");
        assertThat(police.get("channel").asText()).isEqualTo("soap");
        assertThat(police.get("state").asText()).isEqualTo("delivered");
        assertThat(police.get("events").get(0).get("eventId").asText()).isEqualTo(event);
        assertThat(police.get("events").get(0).get("acknowledgedAt").asText()).isEqualTo("2024-06-01T10:00:05Z");
        assertThat(department(r.json(), "health").get("state").asText()).isEqualTo("pending");
        assertThat(department(r.json(), "labour").get("channel").asText()).isEqualTo("pull");
        assertThat(api.audit.last().action()).isEqualTo("report.read");
    }

    @Test
    void aReportOutsideTheReadersScopeOrUnknownIsNotFound() {
        String id = death("li", Fixtures.LI.id()).json().get("id").asText();

        assertThat(api.get("/reports/" + id, "wang").status()).isEqualTo(404);
        assertThat(api.get("/reports/00000000-0000-0000-0000-000000000000", "li").status()).isEqualTo(404);
        assertThat(api.get("/reports/..%2Fx", "li").status()).isEqualTo(404);
        assertThat(api.audit.last().outcome()).isEqualTo("not-found");
    }

    @Test
    void anIdNumberInAReportIsShownMasked() {
        Reply r = api.post("/reports", "li", "{\"kind\":\"moveIn\",\"idNumber\":\"11010519491231002X\","
                + "\"name\":\"李梅\",\"division\":\"350203007001\",\"date\":\"2024-05-01\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).doesNotContain("11010519491231002X");
        assertThat(r.json().get("fields").get("idNumber").asText()).startsWith("110105").endsWith("002X")
                .contains("*");
    }

    private static JsonNode department(JsonNode report, String name) {
        for (JsonNode d : report.get("deliveries")) {
            if (d.get("department").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no delivery to " + name + " in " + report);
    }
}
