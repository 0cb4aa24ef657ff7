package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scoped quarantine, throttled logins, audited refusals and searched numbers, JSON-only changes. */
class TrustTest {

    private final TestApi api = new TestApi();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theQuarantineIsScopedByTheCommunitiesItsRecordsName() {
        assertThat(departments(api.get("/quarantine", "ops"))).as("district-wide: its own and undivided records")
                .containsExactlyInAnyOrder("police", "health", "labour");
        assertThat(departments(api.get("/quarantine", "street"))).as("one street: only records naming it")
                .containsExactly("labour");
        String otherDistrict = api.quarantine.get(id("civil")).orElseThrow().id();
        assertThat(api.get("/quarantine/" + otherDistrict, "ops").status()).isEqualTo(404);
        assertThat(api.get("/quarantine/" + id("police"), "street").status()).as("undivided: district-wide only")
                .isEqualTo(404);
        assertThat(api.get("/quarantine/" + id("labour"), "street").status()).isEqualTo(200);
        assertThat(api.audit.entries).filteredOn(e -> e.outcome().equals(AuditEntry.NOT_FOUND)).hasSize(2);
    }

    @Test
    void repeatedFailedLoginsAreAnsweredWith429UntilTheLockRunsOut() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("wang", "guess" + i).status()).isEqualTo(401);
        }
        Reply sixth = login("wang", "guess5");
        assertThat(sixth.status()).isEqualTo(401);
        Reply locked = login("wang", "pw-wang");
        assertThat(locked.status()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).contains("1");
        assertThat(locked.contentType()).startsWith("application/problem+json");

        api.clock.advance(Duration.ofSeconds(1));
        assertThat(login("wang", "guess6").status()).isEqualTo(401);
        assertThat(login("wang", "pw-wang").headers().firstValue("Retry-After")).as("the lock grows").contains("2");

        api.clock.advance(Duration.ofSeconds(2));
        assertThat(login("wang", "pw-wang").status()).isEqualTo(200);
        assertThat(login("li", "pw-li").status()).as("other users were never locked").isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledToo() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            statuses.add(login("user" + i, "x").status());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.get(21)).isEqualTo(429);
    }

    @Test
    void refusedAndNotFoundReadsAreAuditedWithWhoAndFromWhere() {
        api.get("/residents", "guest");
        api.send(api.request("/residents/" + Fixtures.ZHANG.id()).header("Authorization", TestApi.basic("wang", "no")));
        api.get("/residents/" + Fixtures.WANG.id(), "wang");

        assertThat(api.audit.entries)
                .extracting(AuditEntry::user, AuditEntry::client, AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        tuple("guest", "127.0.0.1", "resident.search", AuditEntry.DENIED),
                        tuple("unverified:wang", "127.0.0.1", "resident.read", AuditEntry.DENIED),
                        tuple("wang", "127.0.0.1", "resident.read", AuditEntry.NOT_FOUND));
        assertThat(api.audit.entries).allSatisfy(e -> assertThat(e.residentIds()).isEmpty());
    }

    @Test
    void aSearchedIdNumberIsAuditedMaskedWithAKeyedHash() {
        String full = Fixtures.ZHANG.idNumber().value();
        api.get("/residents?q=" + full.toLowerCase(), "wang");

        AuditEntry e = api.audit.last();
        assertThat(e.query()).doesNotContain(full).doesNotContain(full.substring(6, 14))
                .contains(Fixtures.ZHANG.idNumber().masked().substring(0, 14));
        assertThat(e.idNumberHashes()).containsExactly(TestApi.PSEUDONYMS.idNumberHash(full));
    }

    @Test
    void changesMustBeSentAsJsonSoACrossSiteFormCannotStartASync() {
        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data"}) {
            Reply r = api.send(api.request("/connectors/police-default/sync")
                    .header("Authorization", TestApi.basic("ops", "pw-ops")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("a=b")));
            assertThat(r.status()).as(type).isEqualTo(415);
        }
        Reply none = api.send(api.request("/connectors/police-default/sync")
                .header("Authorization", TestApi.basic("ops", "pw-ops")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(none.status()).isEqualTo(415);
        assertThat(api.connectors.syncs).isEmpty();
        assertThat(api.post("/connectors/police-default/sync", "ops").status()).isEqualTo(202);
    }

    @Test
    void theAuditChainIsVerifiedByOperatorsOnly() {
        Reply r = api.get("/audit/verify", "ops");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("intact").asBoolean()).isTrue();
        assertThat(r.json().has("firstBroken")).isTrue();
        assertThat(api.get("/audit/verify", "wang").status()).isEqualTo(403);
    }

    private Reply login(String user, String password) {
        return api.send(api.request("/residents").header("Authorization", TestApi.basic(user, password)));
    }

    private String id(String department) {
        return api.quarantine.list(department, org.civichub.store.Scope.EVERYWHERE, 0, 1).items().get(0).id();
    }

    private static List<String> departments(Reply r) {
        JsonNode items = r.json().get("items");
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("department").asText()).toList();
    }
}
