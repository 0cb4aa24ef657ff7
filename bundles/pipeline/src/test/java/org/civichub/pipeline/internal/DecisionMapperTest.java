package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.Claim;
import org.civichub.model.PersonFragment;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.TagKind;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;

class DecisionMapperTest {

    private static final Instant AT = Instant.parse("2024-06-01T00:00:00Z");

    private static Mapping map(String field, String value, String reason) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("residentId", "r0123abc");
        p.put("field", field);
        p.put("value", value);
        p.put("reason", reason);
        p.put("user", "wang");
        return new DecisionMapper().map(new SourceRecord(new SourceKey("hub", "decision", "d1"), AT.toString(), AT, AT, p));
    }

    @Test
    void aDecisionNamesItsResidentAndStatesOnlyTheDecidedValue() {
        PersonFragment f = map(Claim.BIRTH_DATE, "1987-04-06", "户口簿核实").subject();

        assertThat(f.residentId()).isEqualTo("r0123abc");
        assertThat(f.birthDate()).isEqualTo(LocalDate.of(1987, 4, 6));
        assertThat(f.name()).isNull();
        assertThat(f.idNumber()).isNull();
        assertThat(Claim.of(f)).extracting(Claim::field).containsExactly(Claim.BIRTH_DATE);
    }

    @Test
    void aMaritalDecisionIsAMaritalTag() {
        assertThat(map(Claim.MARITAL, "已婚", "结婚证核实").subject().tags())
                .singleElement().satisfies(t -> {
                    assertThat(t.kind()).isEqualTo(TagKind.MARITAL);
                    assertThat(t.detail()).isEqualTo("已婚");
                });
    }

    @Test
    void anAddressDecisionIsWhereThePersonLivesNow() {
        PersonFragment f = map(Claim.ADDRESS, "厦门市思明区大同路123号5栋2单元301室", "走访核实").subject();

        assertThat(f.currentAddress().text()).isEqualTo("厦门市思明区大同路123号5栋2单元301室");
        assertThat(f.currentAddress().room()).isEqualTo("301");
        assertThat(Claim.of(f)).extracting(Claim::field).containsExactly(Claim.ADDRESS);
        assertThat(map(Claim.ADDRESS, "", "走访核实").violations()).extracting(Violation::rule)
                .containsExactly("value.address");
    }

    @Test
    void everyBrokenRuleIsNamedWithItsField() {
        assertThat(map("salary", "1", "").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("field", "field.oneOf"),
                        org.assertj.core.groups.Tuple.tuple("reason", "reason.required"));
        assertThat(map(Claim.SEX, "9", "核实").violations()).extracting(Violation::rule).containsExactly("value.sex");
        assertThat(map(Claim.BIRTH_DATE, "1987-02-30", "核实").violations()).extracting(Violation::rule)
                .containsExactly("value.birthDate");
        assertThat(map(Claim.STATUS, "x", "核实").violations()).extracting(Violation::rule).containsExactly("value.status");
    }
}
