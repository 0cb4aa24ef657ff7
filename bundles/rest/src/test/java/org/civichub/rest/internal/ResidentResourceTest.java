package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.AuditEntry;
import org.civichub.store.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResidentResourceTest {

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
    void theSearchRunsInTheCallersScopeAndShowsOnlyResidentsInIt() {
        Reply r = api.get("/residents", "wang");

        assertThat(r.status()).isEqualTo(200);
        assertThat(api.residents.searches).singleElement().satisfies(s -> {
            assertThat(s.scope()).isEqualTo(new Scope(Set.of("350203006")));
            assertThat(s.query().size()).isEqualTo(20);
            assertThat(s.query().page()).isZero();
        });
        assertThat(r.json().get("total").asLong()).isEqualTo(1);
        assertThat(r.json().get("page").asInt()).isZero();
        assertThat(r.json().get("size").asInt()).isEqualTo(20);
        assertThat(ids(r.json().get("items"))).containsExactly(Fixtures.ZHANG.id());
    }

    @Test
    void residentsOutsideTheScopeAreNeverShownEvenIfTheStoreReturnsThem() {
        api.residents.ignoreScope = true;

        Reply r = api.get("/residents", "wang");

        assertThat(ids(r.json().get("items"))).containsExactly(Fixtures.ZHANG.id());
        assertThat(r.body()).doesNotContain("李四", "王五");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
    }

    @Test
    void aWholeIdNumberThatFindsNobodySuggestsTheResidentsOneMistakeAwayMaskedAndAudited() {
        String id = Fixtures.ZHANG.idNumber().value();
        String typo = id.substring(0, 15) + (id.charAt(15) == '9' ? '8' : '9') + id.substring(16);

        Reply r = api.get("/residents?q=" + typo, "li");

        assertThat(r.json().get("total").asLong()).isZero();
        assertThat(ids(r.json().get("suggestions"))).containsExactly(Fixtures.ZHANG.id());
        assertThat(r.body()).doesNotContain(id).contains("350203********" + id.substring(14));
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
        assertThat(api.get("/residents?q=" + typo.substring(0, 17), "li").json().has("suggestions"))
                .as("only a whole number suggests").isFalse();
        assertThat(api.get("/residents?q=%E5%BC%A0", "li").json().has("suggestions")).isFalse();
    }

    @Test
    void queryAndCommunityArePassedToTheSearch() {
        api.get("/residents?q=%E5%BC%A0&community=350203006004&page=1&size=5", "li");

        assertThat(api.residents.searches).singleElement().satisfies(s -> {
            assertThat(s.query().text()).isEqualTo("张");
            assertThat(s.query().community()).isEqualTo("350203006004");
            assertThat(s.query().page()).isEqualTo(1);
            assertThat(s.query().size()).isEqualTo(5);
            assertThat(s.scope()).isEqualTo(new Scope(Set.of("350203")));
        });
    }

    @Test
    void aResidentOutsideTheScopeIsNotFoundLikeOneThatDoesNotExist() {
        Reply outside = api.get("/residents/" + Fixtures.LI.id(), "wang");
        Reply missing = api.get("/residents/r0000", "wang");

        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.json()).isEqualTo(missing.json());
        assertThat(api.audit.entries).as("a probe is audited like a read, with nothing shown")
                .extracting(AuditEntry::user, AuditEntry::action, AuditEntry::outcome, AuditEntry::residentIds)
                .containsExactly(tuple("wang", "resident.read", AuditEntry.NOT_FOUND, List.of()),
                        tuple("wang", "resident.read", AuditEntry.NOT_FOUND, List.of()));
    }

    @Test
    void idNumbersAreMaskedByDefaultEverywhere() {
        String full = Fixtures.ZHANG.idNumber().value();

        Reply search = api.get("/residents", "li");
        Reply view = api.get("/residents/" + Fixtures.ZHANG.id(), "li");

        assertThat(search.json().get("items").get(0).get("idNumber").asText())
                .isEqualTo(Fixtures.ZHANG.idNumber().masked());
        assertThat(view.json().get("idNumber").asText()).isEqualTo(Fixtures.ZHANG.idNumber().masked());
        assertThat(view.json().get("name").get("source").get("recordKey").asText())
                .isEqualTo("police/person/" + Fixtures.ZHANG.idNumber().masked());
        assertThat(search.body()).doesNotContain(full);
        assertThat(view.body()).doesNotContain(full);
        assertThat(api.audit.entries).allSatisfy(e -> assertThat(e.fullIdNumbers()).isFalse());
    }

    @Test
    void fullIdNumbersNeedTheRoleAndTheRequestAndAreAudited() {
        Reply r = api.get("/residents/" + Fixtures.ZHANG.id() + "?reveal=idNumber", "li");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("idNumber").asText()).isEqualTo(Fixtures.ZHANG.idNumber().value());
        assertThat(api.audit.last().fullIdNumbers()).isTrue();
        assertThat(api.get("/residents/" + Fixtures.ZHANG.id() + "?reveal=idNumber", "wang").status())
                .isEqualTo(403);
        assertThat(api.get("/residents?reveal=everything", "li").status()).isEqualTo(400);
    }

    @Test
    void aResidentsChangesComeNewestFirstWithTheirCauseInScopeOnlyAndAudited() {
        api.post("/reports", "wang", "{\"kind\":\"death\",\"residentId\":\"" + Fixtures.ZHANG.id()
                + "\",\"date\":\"2024-05-01\"}");
        api.post("/reports", "wang", "{\"kind\":\"death\",\"residentId\":\"" + Fixtures.ZHANG.id()
                + "\",\"date\":\"2024-05-02\"}");

        JsonNode changes = api.get("/residents/" + Fixtures.ZHANG.id() + "/changes", "wang").json();

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("kind").asText()).isEqualTo("updated");
        assertThat(changes.get(0).get("fields").get(0).asText()).isEqualTo("status");
        assertThat(changes.get(0).get("department").asText()).isEqualTo("community");
        assertThat(changes.get(0).get("recordKey").asText()).as("masked like any record key")
                .isEqualTo(org.civichub.model.DateMask.mask(api.reports.filed.get(1).key().recordKey()));
        assertThat(api.audit.last().action()).isEqualTo("resident.changes");
        assertThat(api.get("/residents/" + Fixtures.WANG.id() + "/changes", "wang").status()).isEqualTo(404);
        assertThat(api.get("/residents/" + Fixtures.ZHANG.id() + "/changes", "ops").status()).isEqualTo(403);
    }

    @Test
    void everyReadIsAuditedWithTheResidentsShown() {
        api.get("/residents?q=%E5%BC%A0", "li");
        api.get("/residents/" + Fixtures.LI.id(), "li");

        assertThat(api.audit.entries).containsExactly(
                new AuditEntry(TestApi.NOW, "li", "127.0.0.1", "resident.search", AuditEntry.SHOWN, "/residents?q=张",
                        List.of(Fixtures.ZHANG.id()), false, List.of()),
                new AuditEntry(TestApi.NOW, "li", "127.0.0.1", "resident.read", AuditEntry.SHOWN,
                        "/residents/" + Fixtures.LI.id(), List.of(Fixtures.LI.id()), false, List.of()));
    }

    @Test
    void theViewShowsEveryFieldWithItsSource() {
        JsonNode v = api.get("/residents/" + Fixtures.ZHANG.id(), "wang").json();

        assertThat(v.get("id").asText()).isEqualTo(Fixtures.ZHANG.id());
        assertThat(v.get("name").get("value").asText()).isEqualTo("张三");
        JsonNode source = v.get("name").get("source");
        assertThat(source.get("department").asText()).isEqualTo("police");
        assertThat(source.get("sourceVersion").asText()).isEqualTo("v1");
        assertThat(source.get("updatedAt").asText()).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(v.get("birthYear").get("value").asInt()).isEqualTo(1990);
        assertThat(v.has("birthDate")).as("the birth date is the masked part of the ID number").isFalse();
        assertThat(v.get("sex").get("value").get("code").asText()).isEqualTo("1");
        assertThat(v.get("ethnicity").get("value").get("label").asText()).isEqualTo("汉族");
        assertThat(v.get("household").get("householdNo").get("value").asText()).isEqualTo("H0001");
        assertThat(v.get("household").get("relationToHead").get("value").get("code").asText()).isEqualTo("02");
        assertThat(v.get("registeredAddress").get("value").get("division").asText()).isEqualTo("350203006004");
        assertThat(v.get("status").get("value").get("label").asText()).isEqualTo("正常");
        assertThat(v.get("sources")).hasSize(1);
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asText())
                .toList();
    }
}
