package org.civichub.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EntitlementsTest {

    @Test
    void theDefaultsGiveEachDepartmentWhatItNeedsToHear() {
        Entitlements d = Entitlements.defaults();

        assertThat(d.version()).isEqualTo(1);
        assertThat(d.departments()).containsOnlyKeys("police", "health", "civil", "labour");
        assertThat(d.of("police").orElseThrow().changes()).containsExactly("death", "birth", "status", "residence", "finding");
        assertThat(d.of("labour").orElseThrow().fields()).doesNotContain("birthDate", "currentAddress", "tags.disability");
        assertThat(d.of("civil").orElseThrow().facts()).contains("receives-allowance");
        assertThat(d.of("community")).isEmpty();
    }

    @Test
    void aConfigurationIsReadPerDepartmentAndKeysOfOtherFormsAreIgnored() {
        Entitlements e = Entitlements.parse(Map.of("version", "3", "service.pid", "org.civichub.entitlements",
                "police.changes", "death, residence", "police.fields", "idNumber,name", "police.facts", ""), "test");

        assertThat(e.version()).isEqualTo(3);
        assertThat(e.of("police").orElseThrow()).isEqualTo(new Entitlement("police",
                java.util.List.of("death", "residence"), java.util.List.of("idNumber", "name"), java.util.List.of()));
        assertThat(e.departments()).containsOnlyKeys("police");
    }

    @Test
    void everyUnknownKindFieldOrFactAndABadVersionAreRefusedInOneMessage() {
        assertThatThrownBy(() -> Entitlements.parse(Map.of("version", "zero", "police.changes", "death, weddings",
                "police.fields", "idNumber, salary", "labour.facts", "rich"), "etc/org.civichub.entitlements.cfg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("etc/org.civichub.entitlements.cfg")
                .hasMessageContaining("version")
                .hasMessageContaining("police.changes: unknown kind of change 'weddings'")
                .hasMessageContaining("police.fields: unknown field 'salary'")
                .hasMessageContaining("labour.facts: unknown fact 'rich'");
    }
}
