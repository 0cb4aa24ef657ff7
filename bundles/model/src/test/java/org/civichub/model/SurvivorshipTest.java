package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurvivorshipTest {

    private static final IdNumber ID = IdNumber.parse("11010519491231002X");
    private static final Instant EARLY = Instant.parse("2023-01-01T00:00:00Z");
    private static final Instant LATE = Instant.parse("2024-01-01T00:00:00Z");

    private static PersonFragment says(String department, Instant at, String name, PersonStatus status) {
        return PersonFragment.from(new Provenance(department, department + "/r/" + at, "v1", at)).idNumber(ID)
                .name(name).status(status).build();
    }

    @Test
    void byDefaultCivilAffairsDecideTheStatusAndPoliceTheNameWhateverTheOrderAndTheTime() {
        PersonFragment police = says("police", LATE, "王芳", PersonStatus.ACTIVE);
        PersonFragment civil = says("civil", EARLY, "王芳芳", PersonStatus.DECEASED);

        Resident a = Resident.of("r1", police).merge(civil);
        Resident b = Resident.of("r1", civil).merge(police);

        assertThat(a).isEqualTo(b);
        assertThat(a.status().value()).isEqualTo(PersonStatus.DECEASED);
        assertThat(a.status().source().department()).isEqualTo("civil");
        assertThat(a.name().value()).isEqualTo("王芳");
    }

    @Test
    void aConfiguredOrderReplacesTheDefaultForItsFieldOnly() {
        Survivorship policy = Survivorship.parse(Map.of("survivorship.status", "police,civil",
                "survivorship.name", "", "service.pid", "org.civichub.resolver"));
        PersonFragment police = says("police", EARLY, "王芳", PersonStatus.ACTIVE);
        PersonFragment civil = says("civil", LATE, "王芳芳", PersonStatus.DECEASED);

        Resident r = Resident.of("r1", police, policy).merge(civil, policy);

        assertThat(r.status().value()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(r.name().value()).as("recency alone decides the name now").isEqualTo("王芳芳");
        assertThat(policy.priorities().get("birthDate")).containsExactly("police");
    }

    @Test
    void anUnknownFieldIsRefusedNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> Survivorship.parse(Map.of("survivorship.salary", "labour")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salary")
                .hasMessageContaining("status");
    }

    @Test
    void eachRecordsNewestVersionStatesItsClaimsAndSpousesClaimAMarriage() {
        Provenance v1 = new Provenance("police", "police/person/1", "v1", EARLY);
        Provenance v2 = new Provenance("police", "police/person/1", "v2", LATE);
        PersonFragment spouse = PersonFragment.from(v1).idNumber(ID).name("王芳").household("H1", "12").build();
        PersonFragment divorced = PersonFragment.from(v2).idNumber(ID).name("王芳").household("H2", "02").build();

        Resident r = Resident.of("r1", divorced).merge(spouse);

        assertThat(Claim.of(spouse)).extracting(Claim::field).contains(Claim.MARITAL);
        assertThat(r.claims()).extracting(Claim::field, Claim::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Claim.NAME, "王芳"),
                org.assertj.core.groups.Tuple.tuple(Claim.SEX, "2"),
                org.assertj.core.groups.Tuple.tuple(Claim.BIRTH_DATE, "1949-12-31"));
        assertThat(r.claims()).allSatisfy(c -> assertThat(c.source()).isEqualTo(v2));
    }
}
