package org.civichub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.civichub.model.Address;
import org.civichub.model.DivisionCode;
import org.civichub.model.PersonFragment;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final Provenance SOURCE = new Provenance("labour", "labour/jy_dj/J1", "v1",
            Instant.parse("2024-01-01T00:00:00Z"));

    private static Resident living(String division) {
        PersonFragment.Builder b = PersonFragment.from(SOURCE).name("李强");
        if (division != null) {
            b.registeredAddress(Address.parse(new DivisionCode(division), "大同路1号"));
        }
        return Resident.of("r1", b.build());
    }

    private static Resident livingAt(String division, String registered, String current) {
        return Resident.of("r2", PersonFragment.from(SOURCE).name("王芳")
                .registeredAddress(Address.parse(new DivisionCode(division), registered))
                .currentAddress(current == null ? null : Address.parse(new DivisionCode(division), current)).build());
    }

    @Test
    void aGridWorkerSeesTheResidentsLivingInTheGridsBuildingsOnly() {
        Scope grid = new Scope(Set.of(), Set.of(Place.of("350203006004").inBuildings(java.util.List.of("大同路1号5栋"))));

        assertThat(grid.sees(livingAt("350203006004", "大同路1号5栋2单元301室", null))).isTrue();
        assertThat(grid.sees(livingAt("350203006004", "大同路1号6栋2单元301室", null))).isFalse();
        assertThat(grid.sees(livingAt("350203006004", "大同路1号6栋", "大同路1号5栋1单元101室")))
                .as("where they live now").isTrue();
        assertThat(grid.sees(livingAt("350203006005", "大同路1号5栋2单元301室", null))).as("another community").isFalse();
        assertThat(grid.isEmpty()).isFalse();
        assertThat(new Scope(Set.of(), Set.of()).isEmpty()).isTrue();
        assertThat(grid.touches("350203006004")).isTrue();
        assertThat(grid.touches("350203")).isTrue();
        assertThat(grid.touches("350203007001")).isFalse();
        assertThat(grid.covers("350203006004")).as("not the whole community").isFalse();
    }

    @Test
    void aResidentIsSeenByTheScopeOfTheirAddress() {
        Scope street = new Scope(Set.of("350203006"));

        assertThat(street.sees(living("350203006004"))).isTrue();
        assertThat(street.sees(living("350203007001"))).isFalse();
        assertThat(street.sees(living(null))).isFalse();
    }

    @Test
    void aDepartmentOfTheWholeDistrictHearsOfAResidentWithoutAPlacedAddressYetANarrowerOneDoesNot() {
        assertThat(new Scope(Set.of("350203")).reaches(living(null))).isTrue();
        assertThat(new Scope(Set.of("350203006")).reaches(living(null))).isFalse();
        assertThat(new Scope(Set.of("350203")).reaches(living("350206001001"))).as("placed elsewhere").isFalse();
        assertThat(new Scope(Set.of()).reaches(living(null))).isFalse();
    }
}
