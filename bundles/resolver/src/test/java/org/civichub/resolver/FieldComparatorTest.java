package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civichub.resolver.FieldComparator.ADDRESS;
import static org.civichub.resolver.FieldComparator.BIRTH_DATE;
import static org.civichub.resolver.FieldComparator.ID;
import static org.civichub.resolver.FieldComparator.MISSING;
import static org.civichub.resolver.FieldComparator.NAME;
import static org.civichub.resolver.FieldComparator.SEX;

import java.time.LocalDate;
import java.util.List;
import org.civichub.model.Address;
import org.civichub.model.DivisionCode;
import org.civichub.model.Sex;
import org.junit.jupiter.api.Test;

class FieldComparatorTest {

    private static final String FIRST17 = "35020319900307123";
    private static final String ID_X = findIdEndingInX();

    private static String level(FieldComparator c, Prepared a, Prepared b) {
        String ab = c.levelName(c.compare(a, b));
        assertThat(c.levelName(c.compare(b, a))).as("symmetric").isEqualTo(ab);
        return ab;
    }

    private static Prepared id(String raw) {
        return Ids.prepared(raw, null, null, null);
    }

    private static Prepared name(String name) {
        return Ids.prepared(null, name, null, null);
    }

    private static Prepared birth(LocalDate date) {
        return Ids.prepared(null, null, null, date);
    }

    private static Prepared address(String... texts) {
        return Ids.prepared(null, null, null, null, texts);
    }

    // id

    @Test
    void idIsExactForTheSameNumberHoweverItWasWritten() {
        Prepared plain = id(ID_X);

        assertThat(level(ID, plain, id(ID_X.toLowerCase()))).isEqualTo("exact");
        assertThat(level(ID, plain, id(" " + fullWidth(ID_X.substring(0, 6)) + " " + ID_X.substring(6))))
                .isEqualTo("exact");
        assertThat(level(ID, id(Ids.wrongCheck(FIRST17)), id(Ids.wrongCheck(FIRST17)))).isEqualTo("exact");
    }

    @Test
    void aLegacyNumberThatParsesIsUpgradedAndOneThatDoesNotIsMissing() {
        String id = Ids.valid("35020319650307123");

        assertThat(level(ID, id(id), id("350203650307123"))).isEqualTo("exact");
        assertThat(ID.compare(id(id), id("350203650230123"))).isEqualTo(MISSING);
        assertThat(ID.compare(id(id), id(null))).isEqualTo(MISSING);
        assertThat(ID.compare(id(id), id("3502031965"))).isEqualTo(MISSING);
    }

    @Test
    void idIsCheckWhenOnlyTheCheckCharacterDiffers() {
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.wrongCheck(FIRST17)))).isEqualTo("check");
        assertThat(level(ID, id(Ids.wrongCheck(FIRST17)), id(FIRST17 + "X"))).isEqualTo("check");
    }

    @Test
    void idIsDateForOneBirthDateDigitOffWithTheCheckCharacterIgnored() {
        String typo = "35020319900207123";

        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid(typo)))).isEqualTo("date");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.wrongCheck(typo)))).isEqualTo("date");
    }

    @Test
    void idIsCloseForOneDigitOffInTheAreaCodeOrTheSequenceWhenOneSideIsNoValidNumber() {
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.wrongCheck("35020319900307121")))).isEqualTo("close");
        assertThat(level(ID, id(Ids.wrongCheck(FIRST17)), id(Ids.valid("35020419900307123")))).isEqualTo("close");
        assertThat(level(ID, id(Ids.wrongCheck(FIRST17)), id(Ids.wrongCheck("45020319900307123")))).isEqualTo("close");
    }

    @Test
    void twoValidNumbersOneAreaOrSequenceDigitApartAreDifferentPersons() {
        // Twins and people born on one day in one place have such numbers; a typo keeps the check character
        // right only by chance.
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020319900307121")))).isEqualTo("different");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020419900307123")))).isEqualTo("different");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020319900307213")))).isEqualTo("different");
    }

    @Test
    void idLevelsGoExactCheckDateCloseDifferent() {
        Prepared id = id(Ids.valid(FIRST17));

        assertThat(ID.levels()).containsExactly("exact", "check", "date", "close", "different");
        assertThat(ID.compare(id, id(Ids.valid(FIRST17)))).isZero();
        assertThat(ID.compare(id, id(Ids.wrongCheck(FIRST17)))).isEqualTo(1);
        assertThat(ID.compare(id, id(Ids.valid("35020319910307123")))).isEqualTo(2);
        assertThat(ID.compare(id, id(Ids.wrongCheck("35020319900307923")))).isEqualTo(3);
        assertThat(ID.compare(id, id(Ids.valid("35020319910307923")))).isEqualTo(4);
    }

    @Test
    void anAdjacentTranspositionInsideTheBirthDateIsDate() {
        // 19903007 is no date: the swapped number is kept as written, and still a date typo; 91900307 swaps
        // the first two date digits.
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020319903007123")))).isEqualTo("date");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020391900307123")))).isEqualTo("date");
    }

    @Test
    void anAdjacentTranspositionInTheSequenceOrAcrossADateBoundaryIsClose() {
        // In the sequence (123 to 213), across date and sequence (...0307|123 to ...0301|723) and across area
        // and date (350203|1990 to 350201|3990).
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.wrongCheck("35020319900307213")))).isEqualTo("close");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.wrongCheck("35020319900301723")))).isEqualTo("close");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.wrongCheck("35020139900307123")))).isEqualTo("close");
    }

    @Test
    void idIsDifferentForTwoDigitsOffOrASwapThatIsNotAdjacent() {
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020319900207125")))).isEqualTo("different");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020319900703123")))).isEqualTo("different");
        assertThat(level(ID, id(Ids.valid(FIRST17)), id(Ids.valid("35020619850101222")))).isEqualTo("different");
    }

    // name

    @Test
    void nameIsExactAfterNormalization() {
        assertThat(level(NAME, name("王芳"), name("王 芳"))).isEqualTo("exact");
        assertThat(level(NAME, name("王芳"), name("王\u3000芳 "))).isEqualTo("exact");
        assertThat(level(NAME, name("阿依古丽·买买提"), name("阿依古丽•买买提"))).isEqualTo("exact");
    }

    @Test
    void aTraditionalCharacterOrALostDotIsAVariant() {
        assertThat(level(NAME, name("陈丽华"), name("陳麗華"))).isEqualTo("variant");
        assertThat(level(NAME, name("陈丽华"), name("陳 丽华"))).isEqualTo("variant");
        assertThat(level(NAME, name("阿依古丽·买买提"), name("阿依古丽买买提"))).isEqualTo("variant");
    }

    @Test
    void aHomophoneIsTheSamePinyin() {
        assertThat(level(NAME, name("陈丽华"), name("陈莉华"))).isEqualTo("pinyin");
        assertThat(level(NAME, name("陳麗華"), name("陈莉华"))).isEqualTo("pinyin");
    }

    @Test
    void otherNamesAreDifferentAndNoNameIsMissing() {
        assertThat(level(NAME, name("陈丽华"), name("陈丽"))).isEqualTo("different");
        assertThat(level(NAME, name("陈丽华"), name("林丽华"))).isEqualTo("different");
        assertThat(NAME.compare(name("陈丽华"), name(null))).isEqualTo(MISSING);
        assertThat(NAME.compare(name("陈丽华"), name(" "))).isEqualTo(MISSING);
    }

    // birth date

    @Test
    void birthDateLevels() {
        Prepared date = birth(LocalDate.of(1990, 3, 7));

        assertThat(level(BIRTH_DATE, date, birth(LocalDate.of(1990, 3, 7)))).isEqualTo("exact");
        assertThat(level(BIRTH_DATE, date, birth(LocalDate.of(1980, 3, 7)))).isEqualTo("close");
        assertThat(level(BIRTH_DATE, date, birth(LocalDate.of(1990, 3, 8)))).isEqualTo("close");
        assertThat(level(BIRTH_DATE, date, birth(LocalDate.of(1990, 7, 3)))).isEqualTo("close");
        assertThat(level(BIRTH_DATE, date, birth(LocalDate.of(1990, 3, 17)))).isEqualTo("close");
        assertThat(level(BIRTH_DATE, date, birth(LocalDate.of(1990, 4, 8)))).isEqualTo("different");
        assertThat(level(BIRTH_DATE, date, birth(LocalDate.of(1991, 7, 3)))).isEqualTo("different");
        assertThat(BIRTH_DATE.compare(date, birth(null))).isEqualTo(MISSING);
    }

    @Test
    void birthDateAndSexComeFromTheIdWhenNotStated() {
        Prepared fromId = Ids.prepared(Ids.valid(FIRST17), null, null, null);
        Prepared stated = Ids.prepared(null, null, Sex.MALE, LocalDate.of(1990, 3, 7));
        Prepared labourTypo = Ids.prepared(Ids.valid("35020319900207123"), null, null, null);

        assertThat(level(BIRTH_DATE, fromId, stated)).isEqualTo("exact");
        assertThat(level(SEX, fromId, stated)).isEqualTo("same");
        assertThat(level(BIRTH_DATE, labourTypo, stated)).isEqualTo("close");
    }

    @Test
    void birthDateAndSexAreMissingWhenBothSidesHaveAnId() {
        Prepared police = Ids.prepared(Ids.valid(FIRST17), null, Sex.MALE, LocalDate.of(1990, 3, 7));
        Prepared other = Ids.prepared(Ids.valid("35020619851201246"), null, Sex.FEMALE, LocalDate.of(1985, 12, 1));
        Prepared written = Ids.prepared(Ids.wrongCheck("35020319900207123"), null, null, null);

        assertThat(BIRTH_DATE.compare(police, other)).isEqualTo(MISSING);
        assertThat(BIRTH_DATE.compare(other, police)).isEqualTo(MISSING);
        assertThat(SEX.compare(police, other)).isEqualTo(MISSING);
        assertThat(SEX.compare(other, police)).isEqualTo(MISSING);
        // An 18-character written ID counts as an ID too.
        assertThat(BIRTH_DATE.compare(police, written)).isEqualTo(MISSING);
        assertThat(SEX.compare(written, police)).isEqualTo(MISSING);
    }

    @Test
    void birthDateAndSexAreComparedWhenOneSideHasNoId() {
        Prepared police = Ids.prepared(Ids.valid(FIRST17), null, Sex.MALE, LocalDate.of(1990, 3, 7));
        Prepared noId = Ids.prepared(null, null, Sex.FEMALE, LocalDate.of(1985, 12, 1));
        Prepared legacyUnparsed = Ids.prepared("350203650230123", null, Sex.MALE, LocalDate.of(1990, 3, 7));

        assertThat(level(BIRTH_DATE, police, noId)).isEqualTo("different");
        assertThat(level(SEX, police, noId)).isEqualTo("different");
        // A written ID that is not 18 characters long is no ID to compare.
        assertThat(level(BIRTH_DATE, police, legacyUnparsed)).isEqualTo("exact");
        assertThat(level(SEX, police, legacyUnparsed)).isEqualTo("same");
    }

    // sex

    @Test
    void sexLevels() {
        Prepared male = Ids.prepared(null, null, Sex.MALE, null);

        assertThat(level(SEX, male, Ids.prepared(null, null, Sex.MALE, null))).isEqualTo("same");
        assertThat(level(SEX, male, Ids.prepared(null, null, Sex.FEMALE, null))).isEqualTo("different");
        assertThat(SEX.compare(male, Ids.prepared(null, null, Sex.UNSTATED, null))).isEqualTo(MISSING);
        assertThat(SEX.compare(male, Ids.prepared(null, null, null, null))).isEqualTo(MISSING);
    }

    // address

    @Test
    void addressLevelsAcrossStyles() {
        Prepared home = address("福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室");

        assertThat(level(ADDRESS, home, address("思明区大同路１２３号５-２-３０１"))).isEqualTo("dwelling");
        assertThat(level(ADDRESS, home, address("厦门市思明区大同路123号5号楼1单元301室"))).isEqualTo("building");
        assertThat(level(ADDRESS, home, address("大同路123号6栋2单元301室"))).isEqualTo("road");
        assertThat(level(ADDRESS, home, address("大同路125号5栋2单元301室"))).isEqualTo("different");
        assertThat(level(ADDRESS, home, address("大同街123号5栋2单元301室"))).isEqualTo("different");
        assertThat(ADDRESS.compare(home, address())).isEqualTo(MISSING);
        assertThat(ADDRESS.compare(home, address("大同社区"))).isEqualTo(MISSING);
    }

    @Test
    void addressTakesTheBestPairOfRegisteredAndCurrentAddresses() {
        Prepared movedOut = address("大同路123号5栋2单元301室", "莲薇路292号3栋1单元502室");

        assertThat(level(ADDRESS, movedOut, address("嘉莲街道莲薇社区莲薇路292号3栋1单元502"))).isEqualTo("dwelling");
        assertThat(level(ADDRESS, movedOut, address("莲薇路292号3栋2单元502", "大同路123号5栋2单元302室")))
                .isEqualTo("building");
    }

    @Test
    void addressesInContradictoryDivisionsDoNotAgree() {
        Prepared siming = Prepared.of(new Identity(null, null, null, null, null,
                List.of(Address.ofText(new DivisionCode("350203006004"), "大同路123号5栋2单元301室"))));
        Prepared huli = Prepared.of(new Identity(null, null, null, null, null,
                List.of(Address.ofText(new DivisionCode("350206001001"), "大同路123号5栋2单元301室"))));
        Prepared street = Prepared.of(new Identity(null, null, null, null, null,
                List.of(Address.ofText(new DivisionCode("350203006000"), "大同路123号5栋2单元301室"))));

        assertThat(level(ADDRESS, siming, huli)).isEqualTo("different");
        assertThat(level(ADDRESS, siming, street)).isEqualTo("dwelling");
    }

    @Test
    void comparatorsAreFoundByTheirConfigurationName() {
        assertThat(FieldComparator.byName("birthDate")).contains(BIRTH_DATE);
        assertThat(FieldComparator.byName("birthdate")).isEmpty();
        assertThat(ID.levelName(MISSING)).isEqualTo("missing");
    }

    private static String fullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) (c - '0' + '０')));
        return sb.toString();
    }

    private static String findIdEndingInX() {
        for (int seq = 100; seq < 999; seq++) {
            String id = Ids.valid("35020319900307" + seq);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException();
    }
}
