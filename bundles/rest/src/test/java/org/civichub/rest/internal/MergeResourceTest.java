package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.civichub.model.Resident;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.FakeDecisions;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /residents/{id}/merge} and {@code /unmerge}: operators only, in scope, audited, refusals explained. */
class MergeResourceTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
        api.residents.add(Fixtures.ZHANG);
        api.residents.add(Fixtures.LI);
        api.residents.add(Fixtures.WANG);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anOperatorMergesOneResidentIntoAnotherWithAReasonAndTheAuditNamesBoth() {
        Reply r = api.post("/residents/" + Fixtures.LI.id() + "/merge", "ops",
                "{\"into\":\"" + Fixtures.ZHANG.id() + "\",\"reason\":\"同一人重复登记\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("residents")).extracting(n -> n.asText())
                .containsExactly(Fixtures.ZHANG.id(), Fixtures.LI.id());
        assertThat(api.decisions.merged).containsExactly(
                new FakeDecisions.Merged(Fixtures.LI.id(), Fixtures.ZHANG.id(), "同一人重复登记", "ops"));
        assertThat(api.audit.last().action()).isEqualTo("resident.merge");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.LI.id(), Fixtures.ZHANG.id());
    }

    @Test
    void aMergedResidentIsShownWithWhereItWentAndCanBeUnmerged() {
        api.residents.add(Fixtures.LI.withMerged(new Resident.Merged(Fixtures.ZHANG.id(), "ops",
                Instant.parse("2024-06-01T00:00:00Z"), "同一人重复登记")));

        assertThat(api.get("/residents/" + Fixtures.LI.id(), "li").json().get("merged").get("into").asText())
                .isEqualTo(Fixtures.ZHANG.id());
        assertThat(api.get("/residents/" + Fixtures.ZHANG.id(), "li").json().has("merged")).isFalse();
        Reply r = api.post("/residents/" + Fixtures.LI.id() + "/unmerge", "ops", "{\"reason\":\"两个人\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(api.decisions.merged).containsExactly(new FakeDecisions.Merged(Fixtures.LI.id(), null, "两个人", "ops"));
        assertThat(api.audit.last().action()).isEqualTo("resident.unmerge");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.LI.id(), Fixtures.ZHANG.id());
    }

    @Test
    void workersResidentsOutOfScopeAndMergesWithoutATargetAreRefusedAndNothingIsMerged() {
        String body = "{\"into\":\"" + Fixtures.ZHANG.id() + "\",\"reason\":\"同一人\"}";

        assertThat(api.post("/residents/" + Fixtures.LI.id() + "/merge", "wang", body).status()).isEqualTo(403);
        assertThat(api.post("/residents/" + Fixtures.WANG.id() + "/merge", "ops", body).status()).isEqualTo(404);
        assertThat(api.post("/residents/" + Fixtures.LI.id() + "/merge", "ops",
                "{\"into\":\"" + Fixtures.WANG.id() + "\",\"reason\":\"同一人\"}").status()).isEqualTo(404);
        Reply missing = api.post("/residents/" + Fixtures.LI.id() + "/merge", "ops", "{\"reason\":\"同一人\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("into");
        assertThat(api.decisions.merged).isEmpty();
    }

    @Test
    void aMergeTheHubRefusesIsABadRequestWithItsRule() {
        api.decisions.refusing = "residentId (unmerge.merged): this resident was not merged into another";

        Reply r = api.post("/residents/" + Fixtures.LI.id() + "/unmerge", "ops", "{\"reason\":\"两个人\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("unmerge.merged");
        assertThat(api.decisions.merged).isEmpty();
    }
}
