package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentTest {

    private static final IdNumber ID = IdNumber.parse("11010519491231002X");

    private static PersonFragment fragment(String name, String version, Instant at, PersonStatus status) {
        Provenance p = new Provenance("police", "police/person/" + ID.value(), version, at);
        return new PersonFragment(p, ID, name, Sex.FEMALE, "01", LocalDate.of(1949, 12, 31), "H001", "02",
                null, null, status, null, java.util.List.of());
    }

    @Test
    void theMostRecentSourceWinsPerFieldAndKeepsItsProvenance() {
        PersonFragment older = fragment("王芳", "1", Instant.parse("2023-01-01T00:00:00Z"), PersonStatus.ACTIVE);
        PersonFragment newer = fragment("王芳芳", "2", Instant.parse("2024-01-01T00:00:00Z"), null);

        Resident r = Resident.of("r1", newer).merge(older);

        assertThat(r.name().value()).isEqualTo("王芳芳");
        assertThat(r.name().source().sourceVersion()).isEqualTo("2");
        assertThat(r.status().value()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(r.status().source().sourceVersion()).isEqualTo("1");
        assertThat(r.sources()).extracting(Provenance::sourceVersion).containsExactly("1", "2");
    }

    @Test
    void mergingTheSameFragmentAgainChangesNothing() {
        PersonFragment f = fragment("王芳", "1", Instant.parse("2023-01-01T00:00:00Z"), PersonStatus.ACTIVE);
        Resident once = Resident.of("r1", f);
        assertThat(once.merge(f)).isEqualTo(once);
    }

    @Test
    void householdPutsTheHeadFirstAndReplacesAMembersEntry() {
        Provenance p = new Provenance("police", "police/person/x", "1", Instant.EPOCH);
        Household h = Household.empty("h1", "H001")
                .withMember(new HouseholdMember("r2", "子", "20", p), null)
                .withMember(new HouseholdMember("r1", "父", "02", p), Address.ofText(null, "大同路1号"))
                .withMember(new HouseholdMember("r2", "子", "22", p), null);
        assertThat(h.members()).extracting(HouseholdMember::residentId).containsExactly("r1", "r2");
        assertThat(h.members().get(1).relationToHead()).isEqualTo("22");
        assertThat(h.address().text()).isEqualTo("大同路1号");
        assertThat(h.without("r1").members()).extracting(HouseholdMember::residentId).containsExactly("r2");
    }
}
