package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import org.civichub.model.Address;
import org.civichub.model.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPartsTest {

    private static final AddressParts DATONG = new AddressParts(null, "大同路", "123", "5", "2", "301");

    @ParameterizedTest
    @ValueSource(strings = {
        "福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室",
        "厦门市思明区大同路123号5号楼2单元301室",
        "思明区大同路123号5-2-301",
        "鹭江街道大同社区大同路123号5栋2单元301",
        "大同路123号5栋2单元301室",
        "鹭江街道大同社区大同路１２３号５栋２单元３０１",
        "思明区 大同路 123号 5栋 2单元 301室",
        " 厦门市思明区大同路１２３号５－２－３０１ ",
        "思明区大同路0123号05栋2单元0301室",
    })
    void everyWrittenStyleGivesTheSameParts(String text) {
        AddressParts parts = AddressParts.parse(text);

        assertThat(parts).isEqualTo(DATONG);
        assertThat(parts.dwellingKey()).isEqualTo("大同路|123|5|2|301");
        assertThat(parts.buildingKey()).isEqualTo("大同路|123|5");
        assertThat(parts.roadKey()).isEqualTo("大同路|123");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
        "福建省厦门市思明区嘉莲街道莲薇社区莲薇路292号3栋1单元502室, 莲薇路, 292",
        "思明区龙头二路8号1-1-101, 龙头二路, 8",
        "鹭江街道鹭江道社区鹭江道路15号2栋1单元201, 鹭江道路, 15",
        "厦门市思明区镇海路7号3号楼1单元101室, 镇海路, 7",
        "中华街道镇海社区镇海路7号3栋1单元101, 镇海路, 7",
        "梧村街道梧村社区梧村路44号9栋4单元1203, 梧村路, 44",
        "思明区莲花五村路3号1-2-301, 莲花五村路, 3",
        "厦门市思明区市场路2号1栋1单元101室, 市场路, 2",
        "鼓浪屿街道内厝澳社区内厝澳里66号1栋1单元101, 内厝澳里, 66",
    })
    void readsTheRoadBehindTheAdministrativeUnits(String text, String road, String number) {
        AddressParts parts = AddressParts.parse(text);

        assertThat(parts.road()).isEqualTo(road);
        assertThat(parts.number()).isEqualTo(number);
    }

    @Test
    void readsLabelledPlacesInAnyCombination() {
        assertThat(AddressParts.parse("大同路123号5栋301室"))
                .isEqualTo(new AddressParts(null, "大同路", "123", "5", null, "301"));
        assertThat(AddressParts.parse("大同路123号5栋2-301"))
                .isEqualTo(new AddressParts(null, "大同路", "123", "5", "2", "301"));
        assertThat(AddressParts.parse("大同路123号301"))
                .isEqualTo(new AddressParts(null, "大同路", "123", null, null, "301"));
        assertThat(AddressParts.parse("大同路123号5-301"))
                .isEqualTo(new AddressParts(null, "大同路", "123", "5", null, "301"));
        assertThat(AddressParts.parse("大同路123号"))
                .isEqualTo(new AddressParts(null, "大同路", "123", null, null, null));
    }

    @Test
    void withoutAHouseNumberHasNoRoadButKeepsLabelledPlaces() {
        AddressParts parts = AddressParts.parse("大同社区5栋2单元301室");

        assertThat(parts).isEqualTo(new AddressParts(null, null, null, "5", "2", "301"));
        assertThat(parts.roadKey()).isNull();
        assertThat(parts.dwellingKey()).isNull();
    }

    @Test
    void theGridNamesTheBuildingAndTheFloor() {
        assertThat(AddressParts.parse("鹭江街道大同社区大同路123号5栋2单元301室").buildingName()).isEqualTo("大同路123号5栋");
        assertThat(AddressParts.parse("大同路123号5-2-1203").floor()).isEqualTo("12");
        assertThat(AddressParts.parse("大同路7号").buildingName()).isEqualTo("大同路7号");
        assertThat(AddressParts.parse("大同路7号").floor()).isNull();
        assertThat(AddressParts.parse("大同路7号12室").floor()).isNull();
        assertThat(AddressParts.parse("5栋2单元301室").buildingName()).isNull();
    }

    @Test
    void keysNeedTheirParts() {
        AddressParts noRoom = new AddressParts(null, "大同路", "123", "5", "2", null);

        assertThat(noRoom.dwellingKey()).isNull();
        assertThat(noRoom.buildingKey()).isEqualTo("大同路|123|5");
        assertThat(new AddressParts(null, "大同路", "123", null, null, "301").dwellingKey())
                .isEqualTo("大同路|123|||301");
        assertThat(new AddressParts(null, "大同路", null, "5", "2", "301").buildingKey()).isNull();
    }

    @Test
    void divisionCodeLosesItsEmptyLevelsAndStructuredFieldsFillGaps() {
        Address community = new Address(new DivisionCode("350203006004"), "大同路123号", null, "5栋", "2", "301");
        Address street = Address.ofText(new DivisionCode("350203006000"), "大同路123号5栋2单元301室");
        Address county = Address.ofText(new DivisionCode("350203000000"), "大同路123号5栋2单元301室");

        assertThat(AddressParts.of(community)).isEqualTo(new AddressParts("350203006004", "大同路", "123", "5", "2",
                "301"));
        assertThat(AddressParts.of(street).division()).isEqualTo("350203006");
        assertThat(AddressParts.of(county).division()).isEqualTo("350203");
        assertThat(AddressParts.of(community).divisionCompatible(AddressParts.of(county))).isTrue();
        assertThat(AddressParts.of(community).divisionCompatible(
                AddressParts.of(Address.ofText(new DivisionCode("350206001001"), "大同路123号")))).isFalse();
        assertThat(AddressParts.of(null)).isNull();
    }
}
