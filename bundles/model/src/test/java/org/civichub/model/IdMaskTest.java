package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdMaskTest {

    @Test
    void eighteenCharacterNumbersKeepAreaCodeAndLastFour() {
        assertThat(IdMask.mask("350203199003071234")).isEqualTo("350203********1234");
        assertThat(IdMask.mask("35020319900307123x")).isEqualTo("350203********123x");
    }

    @Test
    void legacyAndMalformedNumbersInsideTextAreMaskedToo() {
        assertThat(IdMask.mask("police/person/350203900307123")).isEqualTo("police/person/350203*****7123");
        assertThat(IdMask.mask("bad 35020319900307123 here")).isEqualTo("bad 350203*******7123 here");
        assertThat(IdMask.mask("全角３５０２０３１９９００３０７１２３４")).isEqualTo("全角３５０２０３********１２３４");
    }

    @Test
    void malformedNumbersAreMaskedWhateverTheirShape() {
        assertThat(IdMask.mask("350203199003071234567")).isEqualTo("350203***********4567");
        assertThat(IdMask.mask("id 350203 19900307 1234.")).isEqualTo("id 350203********1234.");
        assertThat(IdMask.mask("350203-1990-0307-1234")).isEqualTo("350203********1234");
        assertThat(IdMask.mask("3502O319900307123４")).isEqualTo("3502O3********123４");
        assertThat(IdMask.mask("35020319900307O234")).isEqualTo("350203********O234");
        assertThat(IdMask.mask("a35020319900307123Xb")).isEqualTo("a350203********123Xb");
        assertThat(IdMask.containsIdLike("GMSFHM=350203 1990 0307 1234")).isTrue();
    }

    @Test
    void noDigitOfTheBirthDateSurvivesInAnyShape() {
        for (String shape : new String[] {"350203199003071234", "350203 199003071234", "3502031990-0307-1234",
                "35020319900307123４", "350203199003071234999", "x350203199003071234x"}) {
            assertThat(IdMask.mask(shape)).as(shape).doesNotContain("19900307").doesNotContain("1990").doesNotContain("0307");
        }
    }

    @Test
    void shorterRunsDatesTimesAndOtherTextStay() {
        assertThat(IdMask.mask("13800138000")).isEqualTo("13800138000");
        assertThat(IdMask.mask("138 0013 8000")).isEqualTo("138 0013 8000");
        assertThat(IdMask.mask("2023-05-07 12:30:00")).isEqualTo("2023-05-07 12:30:00");
        assertThat(IdMask.mask("20230507123000")).isEqualTo("20230507123000");
        assertThat(IdMask.mask("OOOOXXXXOOOOXXXXOOOO")).isEqualTo("OOOOXXXXOOOOXXXXOOOO");
        assertThat(IdMask.mask("张三")).isEqualTo("张三");
        assertThat(IdMask.mask(null)).isNull();
    }
}
