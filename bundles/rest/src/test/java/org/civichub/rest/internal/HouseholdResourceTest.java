package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HouseholdResourceTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Household householdOf(Resident head, HouseholdMember... others) {
        String id = TestApi.PSEUDONYMS.householdId(head.householdNo().value());
        Household h = Household.empty(id, head.householdNo().value()).withMember(new HouseholdMember(head.id(),
                head.name().value(), "02", head.householdNo().source()), head.registeredAddress().value());
        for (HouseholdMember m : others) {
            h = h.withMember(m, null);
        }
        api.residents.add(h);
        return h;
    }

    @Test
    void aWorkerSeesAHouseholdOfTheirCommunityWithMembersRelationsAndSources() {
        Provenance birth = new Provenance("health", "health/births/Y350000001", "v1", Instant.parse("2024-05-01T00:00:00Z"));
        Household h = householdOf(Fixtures.ZHANG, new HouseholdMember("rbaby", "张小宝", "30", birth));

        JsonNode v = api.get("/households/" + h.id(), "wang").json();

        assertThat(v.get("householdNo").asText()).isEqualTo("H0001");
        assertThat(v.get("address").get("division").asText()).isEqualTo("350203006004");
        assertThat(v.get("members")).hasSize(2);
        assertThat(v.get("members").get(0).get("residentId").asText()).isEqualTo(Fixtures.ZHANG.id());
        assertThat(v.get("members").get(0).get("relationToHead").get("code").asText()).isEqualTo("02");
        assertThat(v.get("members").get(1).get("name").asText()).isEqualTo("张小宝");
        assertThat(v.get("members").get(1).get("relationToHead").get("label").asText()).isNotBlank();
        assertThat(v.get("members").get(1).get("source").get("department").asText()).isEqualTo("health");
        assertThat(v.toString()).as("no ID number in the answer").doesNotMatch(".*\\d{17}[\\dX].*");
        assertThat(api.audit.last().action()).isEqualTo("household.read");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id(), "rbaby");
    }

    @Test
    void aHouseholdOutsideTheScopeAnUnknownOneAndABadIdAreAllNotFound() {
        Household other = householdOf(Fixtures.LI);

        assertThat(api.get("/households/" + other.id(), "wang").status()).isEqualTo(404);
        assertThat(api.get("/households/" + other.id(), "li").status()).isEqualTo(200);
        assertThat(api.get("/households/h00000000000000000000000000000000", "wang").status()).isEqualTo(404);
        assertThat(api.get("/households/..%2Fresidents", "wang").status()).isEqualTo(404);
        assertThat(api.get("/households/" + other.id(), "ops").status()).isEqualTo(403);
    }
}
