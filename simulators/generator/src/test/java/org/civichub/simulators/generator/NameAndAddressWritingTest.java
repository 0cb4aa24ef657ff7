package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civichub.model.Sex;
import org.junit.jupiter.api.Test;

class NameAndAddressWritingTest {

    private static final Person CHEN = new Person("P1", "350203199003077777", "陈", "陈丽华", Sex.FEMALE, "01",
            LocalDate.of(1990, 3, 7));
    private static final Person OUYANG = new Person("P2", "350203199003077777", "欧阳", "欧阳明", Sex.MALE, "01",
            LocalDate.of(1990, 3, 7));

    private final NameVariants variants = new NameVariants();

    @Test
    void writesNamesInTraditionalCharactersWithHomophonesWithoutDotsOrWithSpaces() {
        assertThat(variants.traditional("陈丽华")).isEqualTo("陳麗華");
        assertThat(variants.homophone(CHEN)).isEqualTo("陈丽桦");
        assertThat(variants.homophone(OUYANG)).isEqualTo("欧阳铭");
        assertThat(NameVariants.withoutDot("阿依古丽·艾买提")).isEqualTo("阿依古丽艾买提");
        assertThat(NameVariants.withSpace(OUYANG, "欧阳明")).isEqualTo("欧阳 明");
    }

    @Test
    void rendersOneDwellingInEveryAddressStyle() {
        Community community = new Community("350203006004", "大同社区居委会", "鹭江街道");
        District district = new District("350203", "思明区", "厦门市", "福建省", List.of(community));
        HomeAddress home = new HomeAddress(district, community, "大同路", 123, 5, 2, 301);
        assertThat(home.render(AddressStyle.FULL)).isEqualTo("福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室");
        assertThat(home.render(AddressStyle.CITY)).isEqualTo("厦门市思明区大同路123号5号楼2单元301室");
        assertThat(home.render(AddressStyle.DISTRICT)).isEqualTo("思明区大同路123号5-2-301");
        assertThat(home.render(AddressStyle.STREET)).isEqualTo("鹭江街道大同社区大同路123号5栋2单元301");
        assertThat(Formats.fullWidthDigits("大同路123号")).isEqualTo("大同路１２３号");
    }

    @Test
    void writesDatesInTheDepartmentsNotations() {
        LocalDate day = LocalDate.of(2023, 5, 7);
        assertThat(Formats.compact(day)).isEqualTo("20230507");
        assertThat(Formats.slashed(day)).isEqualTo("2023/5/7");
        assertThat(Formats.iso(day)).isEqualTo("2023-05-07");
        assertThat(Formats.dateTime(day.atTime(9, 5))).isEqualTo("2023-05-07 09:05:00");
        assertThat(Formats.isoOffset(day.atTime(17, 30, 1))).isEqualTo("2023-05-07T17:30:01+08:00");
    }
}
