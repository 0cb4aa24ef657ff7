package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeTableTest {

    @Test
    void ethnicityTableHasTheFiftySixGroupsAndTheTwoExtraCodes() {
        assertThat(CodeTable.ETHNICITY.labels()).hasSize(58);
        assertThat(CodeTable.ETHNICITY.label("01")).contains("汉族");
        assertThat(CodeTable.ETHNICITY.label("56")).contains("基诺族");
        assertThat(CodeTable.ETHNICITY.contains("57")).isFalse();
    }

    @Test
    void familyRelationTableKnowsHeadSpouseAndNonRelative() {
        assertThat(CodeTable.FAMILY_RELATION.label("02")).contains("户主");
        assertThat(CodeTable.FAMILY_RELATION.label("10")).contains("配偶");
        assertThat(CodeTable.FAMILY_RELATION.label("40")).contains("孙子、孙女或外孙子、外孙女");
        assertThat(CodeTable.FAMILY_RELATION.label("99")).contains("非亲属");
        assertThat(CodeTable.FAMILY_RELATION.contains("98")).isFalse();
    }
}
