package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTest {

    private static final DivisionCode DATONG = new DivisionCode("350203006004");

    @Test
    void takesBuildingUnitAndRoomFromTheText() {
        Address a = Address.parse(DATONG, "福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室");
        assertThat(a.building()).isEqualTo("5");
        assertThat(a.unit()).isEqualTo("2");
        assertThat(a.room()).isEqualTo("301");
        assertThat(a.division()).isEqualTo(DATONG);
    }

    @Test
    void understandsOtherStylesAndFullWidthDigits() {
        Address a = Address.parse(null, "大同路１２３号５号楼２单元３０１室");
        assertThat(a.building()).isEqualTo("5");
        assertThat(a.unit()).isEqualTo("2");
        assertThat(a.room()).isEqualTo("301");
        assertThat(a.text()).isEqualTo("大同路１２３号５号楼２单元３０１室");
    }

    @Test
    void leavesUnknownPartsEmpty() {
        Address a = Address.parse(DATONG, "大同路123号");
        assertThat(a.building()).isNull();
        assertThat(Address.parse(null, " ")).isNull();
        assertThat(Address.parse(DATONG, "").division()).isEqualTo(DATONG);
    }
}
