package org.civichub.rest.internal;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.FakeFeeds;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /feeds/{department}} and {@code /entitlements}: department clients by API key, each its own feed. */
class FeedResourceTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aDepartmentReadsItsOwnFeedWithItsKeyInItsScopeAndEveryReadIsAudited() {
        Reply r = api.getWithKey("/feeds/police?after=abc&limit=5", "key-police");

        assertThat(r.status()).isEqualTo(200);
        assertThat(api.feeds.reads).containsExactly(new FakeFeeds.Read("police", "abc", 5));
        assertThat(r.json().get("items")).extracting(i -> i.get("subject").asText()).as("scope 350203: not 王五")
                .containsExactlyInAnyOrder(Fixtures.LI.id(), Fixtures.ZHANG.id());
        JsonNode zhang = r.json().get("items").get(0).get("subject").asText().equals(Fixtures.ZHANG.id())
                ? r.json().get("items").get(0) : r.json().get("items").get(1);
        assertThat(zhang.get("specversion").asText()).isEqualTo("1.0");
        assertThat(zhang.get("data").get("resident").get("idNumber").asText()).as("in full, for matching")
                .isEqualTo(Fixtures.ZHANG.idNumber().value());
        assertThat(r.json().get("next").asText()).isEqualTo("next-2");
        assertThat(api.audit.last().action()).isEqualTo("feed.read");
        assertThat(api.audit.last().user()).isEqualTo("police");
        assertThat(api.audit.last().residentIds()).containsExactlyInAnyOrder(Fixtures.LI.id(), Fixtures.ZHANG.id());
    }

    @Test
    void anotherDepartmentsFeedAUsersCallsAWrongKeyAndABadCursorAreRefused() {
        assertThat(api.getWithKey("/feeds/labour", "key-police").status()).isEqualTo(403);
        assertThat(api.get("/feeds/police", "ops").status()).isEqualTo(403);
        assertThat(api.getWithKey("/feeds/police", "key-nobody").status()).isEqualTo(401);
        assertThat(api.getWithKey("/residents", "key-police").status()).as("a client is no worker").isEqualTo(403);
        Reply bad = api.getWithKey("/feeds/police?after=bad", "key-police");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("not a cursor");
    }

    @Test
    void theEntitlementsAreShownToAnyCallerWithTheirVersion() {
        JsonNode e = api.getWithKey("/entitlements", "key-labour").json();

        assertThat(e.get("version").asInt()).isEqualTo(1);
        assertThat(e.get("departments")).extracting(d -> d.get("department").asText())
                .containsExactly("civil", "health", "labour", "police");
        assertThat(api.audit.last().action()).as("a department's every call").isEqualTo("entitlements.read");
        assertThat(api.audit.last().user()).isEqualTo("labour");
        assertThat(api.get("/entitlements", "wang").status()).isEqualTo(200);
        assertThat(api.get("/entitlements").status()).isEqualTo(401);
    }

    @Test
    void aDepartmentSeesWhereItsChannelStandsAndTheProofOfDeliveryOfAnEvent() {
        java.time.Instant at = java.time.Instant.parse("2024-05-01T00:00:00Z");
        api.channelStatuses.add(new org.civichub.feeds.ChannelStatus("police", "webhook", "degraded", 41, 40, at,
                "connection refused", at.plusSeconds(60), 3, "hub-2"));
        api.deliveries.record(List.of(new org.civichub.store.Deliveries.Receipt("police", "abc123", 41, at, at, 2)));

        JsonNode status = api.getWithKey("/feeds/police/status", "key-police").json();
        assertThat(api.audit.last().action()).isEqualTo("feed.status");
        JsonNode delivered = api.getWithKey("/feeds/police/events/abc123", "key-police").json();
        assertThat(api.audit.last().action()).isEqualTo("feed.delivery");
        assertThat(api.audit.last().user()).isEqualTo("police");
        JsonNode pending = api.get("/feeds/police/events/def456", "ops").json();

        assertThat(status.get("entitlementsVersion").asInt()).isEqualTo(1);
        assertThat(status.get("head").asText()).isEqualTo("head");
        assertThat(status.get("push").get("state").asText()).isEqualTo("degraded");
        assertThat(status.get("push").get("position").asLong()).isEqualTo(41);
        assertThat(status.get("push").get("node").asText()).isEqualTo("hub-2");
        assertThat(delivered.get("state").asText()).isEqualTo("delivered");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(2);
        assertThat(pending.get("state").asText()).isEqualTo("pending");
        assertThat(api.getWithKey("/feeds/labour/status", "key-labour").json().has("push")).as("pull only").isFalse();
        assertThat(api.getWithKey("/feeds/police/status", "key-labour").status()).isEqualTo(403);
        assertThat(api.get("/feeds/police/status", "wang").status()).isEqualTo(403);
        assertThat(api.get("/feeds/tax/status", "ops").status()).isEqualTo(404);
    }
}
