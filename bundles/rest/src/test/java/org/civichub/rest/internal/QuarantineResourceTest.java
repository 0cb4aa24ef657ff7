package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuarantineResourceTest {

    private static final String MASKED = "350203********123X";

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
    void entriesShowViolationsAndPayloadWithIdNumbersMasked() {
        Reply r = api.get("/quarantine?department=police", "ops");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("total").asInt()).isEqualTo(1);
        JsonNode e = r.json().get("items").get(0);
        assertThat(e.get("recordKey").asText()).isEqualTo("police/person/" + MASKED);
        assertThat(e.get("department").asText()).isEqualTo("police");
        assertThat(e.get("recordType").asText()).isEqualTo("person");
        assertThat(e.get("receivedAt").asText()).isEqualTo("2024-03-01T08:01:00Z");
        JsonNode v = e.get("violations").get(0);
        assertThat(v.get("field").asText()).isEqualTo("GMSFHM");
        assertThat(v.get("rule").asText()).isEqualTo("id.checkCharacter");
        assertThat(v.get("value").asText()).isEqualTo(MASKED);
        assertThat(v.get("message").asText()).contains(MASKED);
        assertThat(e.get("payload").get("GMSFHM").asText()).isEqualTo(MASKED);
        assertThat(e.get("payload").get("XM").asText()).isEqualTo("赵六");
        assertThat(r.body()).doesNotContain(Fixtures.QUARANTINED_ID);
    }

    @Test
    void eachEntrySaysWhetherItsRecordHasSinceBeenFixedAndWhichConnectorReadsIt() {
        QuarantineEntry police = api.quarantine.list("police", Scope.EVERYWHERE, 0, 1).items().get(0);
        org.civichub.model.SourceRecord held = police.record();
        String position = TestApi.PSEUDONYMS.linkPosition(held.key().recordKey());
        assertThat(api.get("/quarantine/" + police.id(), "ops").json().get("now").isNull()).as("no link yet").isTrue();

        api.links.add(org.civichub.store.Link.of(position, "police-default", held,
                org.civichub.store.Link.State.QUARANTINED, null));
        JsonNode still = api.get("/quarantine?department=police", "ops").json().get("items").get(0).get("now");
        assertThat(still.get("state").asText()).isEqualTo("quarantined");
        assertThat(still.get("connectorId").asText()).isEqualTo("police-default");
        assertThat(still.get("fixed").asBoolean()).isFalse();

        org.civichub.model.SourceRecord fixed = new org.civichub.model.SourceRecord(held.key(), "v2", held.updatedAt(),
                held.fetchedAt(), held.payload());
        api.links.add(org.civichub.store.Link.of(position, "police-default", fixed, org.civichub.store.Link.State.LINKED,
                Fixtures.ZHANG.id()));
        JsonNode now = api.get("/quarantine/" + police.id(), "ops").json().get("now");
        assertThat(now.get("state").asText()).isEqualTo("linked");
        assertThat(now.get("sourceVersion").asText()).isEqualTo("v2");
        assertThat(now.get("fixed").asBoolean()).isTrue();
    }

    @Test
    void listAndReadAreAuditedWithTheEntriesShown() {
        QuarantineEntry police = api.quarantine.list("police", Scope.EVERYWHERE, 0, 1).items().get(0);

        api.get("/quarantine?department=police", "ops");
        api.get("/quarantine/" + police.id(), "ops");

        assertThat(api.audit.entries).extracting(a -> a.action()).containsExactly("quarantine.list", "quarantine.read");
        assertThat(api.audit.entries).allSatisfy(a -> {
            assertThat(a.user()).isEqualTo("ops");
            assertThat(a.residentIds()).isEqualTo(List.of(police.id()));
        });
    }

    @Test
    void oneEntryIsReadByIdAndAnUnknownOneIsNotFound() {
        QuarantineEntry health = api.quarantine.list("health", Scope.EVERYWHERE, 0, 1).items().get(0);

        Reply r = api.get("/quarantine/" + health.id(), "ops");

        assertThat(r.json().get("id").asText()).isEqualTo(health.id());
        assertThat(r.json().get("payload").get("GMSFHM").asText()).isEqualTo("350203********1111");
        assertThat(api.get("/quarantine/nope", "ops").status()).isEqualTo(404);
    }

    @Test
    void operatorsWithoutIdFullCannotRevealAndBadDepartmentsAreRejected() {
        assertThat(api.get("/quarantine?reveal=idNumber", "ops").status()).isEqualTo(403);
        Reply bad = api.get("/quarantine?department=../etc", "ops");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("department");
    }

    @Test
    void whenTheAuditCannotBeWrittenNoPayloadIsShown() {
        api.audit.failing = true;

        Reply r = api.get("/quarantine", "ops");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body()).doesNotContain("赵六", "GMSFHM");
    }
}
