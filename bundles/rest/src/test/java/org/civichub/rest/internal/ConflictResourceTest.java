package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civichub.model.Conflict;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConflictResourceTest {

    private static final Instant LATER = Instant.parse("2024-05-01T08:00:00Z");

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
        // Civil affairs recorded a death that police never did.
        Resident zhang = Fixtures.ZHANG.merge(PersonFragment.from(new Provenance("civil", "civil/death/HZ001", "v1",
                LATER)).idNumber(Fixtures.ZHANG.idNumber()).name("张三").status(PersonStatus.DECEASED).build());
        api.residents.add(zhang.withConflicts(List.of(new Conflict("status", Conflict.on("status", zhang.claims()),
                List.of("civil/police"), null))));
        // Labour's ID number has another birth date.
        IdNumber other = Fixtures.idNumber("35020319850616242");
        Resident li = Fixtures.LI.merge(PersonFragment.from(new Provenance("labour", "labour/employment/E9", "v1",
                LATER)).idNumber(other).name("李四").build());
        api.residents.add(li.withConflicts(List.of(new Conflict("birthDate", Conflict.on("birthDate", li.claims()),
                List.of("labour/police"), null))));
        api.residents.add(Fixtures.WANG);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void conflictsAreCountedByKindAndDepartmentsAndListedWithEveryValueAndItsSource() {
        JsonNode page = api.get("/conflicts", "li").json();

        assertThat(page.get("counts")).extracting(c -> c.get("kind").asText() + " " + c.get("departments").asText()
                + " " + c.get("residents").asLong()).containsExactly("birthDate labour/police 1", "status civil/police 1");
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode status = conflictOf(page, Fixtures.ZHANG.id());
        assertThat(status.get("kind").asText()).isEqualTo("status");
        assertThat(status.get("values")).extracting(v -> v.get("source").get("department").asText() + "="
                + v.get("value").asText() + "/" + v.get("label").asText()).containsExactly("civil=1/死亡", "police=0/正常");
    }

    @Test
    void aWorkerSeesAndCountsOnlyTheConflictsOfTheirOwnScope() {
        JsonNode page = api.get("/conflicts", "wang").json();

        assertThat(ids(page)).containsExactly(Fixtures.ZHANG.id());
        assertThat(page.get("counts")).extracting(c -> c.get("kind").asText()).containsExactly("status");
    }

    @Test
    void theKindAndTheDepartmentsFilterTheList() {
        assertThat(ids(api.get("/conflicts?kind=status", "li").json())).containsExactly(Fixtures.ZHANG.id());
        assertThat(ids(api.get("/conflicts?kind=status&departments=civil/police", "li").json()))
                .containsExactly(Fixtures.ZHANG.id());
        assertThat(ids(api.get("/conflicts?kind=status&departments=labour/police", "li").json())).isEmpty();
        assertThat(ids(api.get("/conflicts?kind=birthDate", "li").json())).containsExactly(Fixtures.LI.id());
    }

    @Test
    void anUnknownKindOrDepartmentsWithoutAKindAreBadRequestsNamingTheParameter() {
        Reply unknown = api.get("/conflicts?kind=salary", "li");
        Reply alone = api.get("/conflicts?departments=civil/police", "li");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("kind").contains("salary");
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.body()).contains("departments").contains("requires(kind)");
    }

    @Test
    void conflictingBirthDatesShowTheYearOnlyUnlessIdNumbersAreRevealed() {
        JsonNode masked = conflictOf(api.get("/conflicts?kind=birthDate", "li").json(), Fixtures.LI.id());
        JsonNode full = conflictOf(api.get("/conflicts?kind=birthDate&reveal=idNumber", "li").json(), Fixtures.LI.id());

        assertThat(masked.toString()).contains("1985").doesNotContain("06-15").doesNotContain("06-16")
                .doesNotContain("0615").doesNotContain("0616");
        assertThat(full.get("values")).extracting(v -> v.get("value").asText())
                .containsExactly("1985-06-16", "1985-06-15");
    }

    @Test
    void everyListingIsAuditedWithTheResidentsItShows() {
        api.get("/conflicts?kind=status", "wang");

        assertThat(api.audit.last().action()).isEqualTo("conflict.list");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
    }

    @Test
    void aResidentsPageShowsItsConflicts() {
        JsonNode conflicts = api.get("/residents/" + Fixtures.ZHANG.id(), "wang").json().get("conflicts");

        assertThat(conflicts).singleElement().satisfies(c -> assertThat(c.get("pairs").get(0).asText())
                .isEqualTo("civil/police"));
    }

    @Test
    void aWorkerResolvesAConflictByTheDepartmentWhoseValueStaysWithAReason() {
        Reply r = api.post("/conflicts/" + Fixtures.ZHANG.id() + "/status", "wang",
                "{\"department\":\"civil\",\"reason\":\"火化证明已核实\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("value").asText()).isEqualTo("1");
        assertThat(r.json().get("decision").asText()).startsWith("hub/decision/");
        assertThat(api.decisions.taken).singleElement().isEqualTo(new org.civichub.rest.internal.fakes.FakeDecisions.Taken(
                Fixtures.ZHANG.id(), "status", "1", "火化证明已核实", "wang"));
        assertThat(api.audit.last().action()).isEqualTo("conflict.resolve");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
    }

    @Test
    void aResolutionNamesEveryBadFieldAndTakesNoDecision() {
        Reply r = api.post("/conflicts/" + Fixtures.ZHANG.id() + "/status", "wang",
                "{\"department\":\"labour\",\"reason\":\"  \"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("department").contains("oneOf[civil, police]").contains("reason");
        assertThat(api.decisions.taken).isEmpty();
    }

    @Test
    void aResidentOutsideTheScopeIsNotFoundAndAKindWithoutAnOpenConflictIsAConflict() {
        String body = "{\"department\":\"police\",\"reason\":\"核实\"}";

        assertThat(api.post("/conflicts/" + Fixtures.LI.id() + "/birthDate", "wang", body).status()).isEqualTo(404);
        assertThat(api.post("/conflicts/" + Fixtures.ZHANG.id() + "/birthDate", "wang", body).status()).isEqualTo(409);
        assertThat(api.post("/conflicts/" + Fixtures.ZHANG.id() + "/status", "ops", body).status()).isEqualTo(403);
        assertThat(api.decisions.taken).isEmpty();
    }

    @Test
    void aDecisionTheHubRefusesIsABadRequestWithItsReason() {
        api.decisions.refusing = "residentId: no resident with this id";

        Reply r = api.post("/conflicts/" + Fixtures.ZHANG.id() + "/status", "wang",
                "{\"department\":\"police\",\"reason\":\"户籍在册\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("no resident with this id");
    }

    @Test
    void aResolvedConflictLeavesTheListButStaysOnTheResidentWithItsDecision() {
        Resident zhang = api.residents.residents(List.of(Fixtures.ZHANG.id())).get(Fixtures.ZHANG.id());
        Resident decided = zhang.merge(PersonFragment.from(new Provenance("hub", "hub/decision/1", "v1",
                LATER.plusSeconds(60))).resident(zhang.id()).status(PersonStatus.DECEASED).build());
        api.residents.add(decided.withConflicts(List.of(new Conflict("status", Conflict.on("status", decided.claims()),
                List.of("civil/police"), Conflict.decision("status", decided.claims())))));

        assertThat(ids(api.get("/conflicts?kind=status", "li").json())).isEmpty();
        JsonNode onResident = api.get("/residents/" + Fixtures.ZHANG.id(), "wang").json().get("conflicts").get(0);
        assertThat(onResident.get("resolution").get("value").asText()).isEqualTo("1");
        assertThat(onResident.get("resolution").get("source").get("department").asText()).isEqualTo("hub");
        assertThat(onResident.get("resolution").get("user").isNull()).as("the decision's record not readable yet").isTrue();

        api.decisions.notes.put("hub/decision/1", new org.civichub.pipeline.Decisions.Note("wang", "民政死亡登记，核实于 2024-05-30"));
        JsonNode noted = api.get("/residents/" + Fixtures.ZHANG.id(), "wang").json().get("conflicts").get(0);
        assertThat(noted.get("resolution").get("user").asText()).isEqualTo("wang");
        assertThat(noted.get("resolution").get("reason").asText()).as("dates in free text masked")
                .isEqualTo("民政死亡登记，核实于 2024-**-**");
    }

    private static JsonNode conflictOf(JsonNode page, String residentId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("resident").get("id").asText().equals(residentId)) {
                return item.get("conflicts").get(0);
            }
        }
        throw new AssertionError("no conflicts of " + residentId + " in " + page);
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("resident").get("id").asText()));
        return out;
    }
}
