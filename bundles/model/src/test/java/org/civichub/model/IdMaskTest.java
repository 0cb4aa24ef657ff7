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
    void shorterAndLongerDigitRunsAndOtherTextStay() {
        assertThat(IdMask.mask("13800138000")).isEqualTo("13800138000");
        assertThat(IdMask.mask("12345678901234567890")).isEqualTo("12345678901234567890");
        assertThat(IdMask.mask("张三")).isEqualTo("张三");
        assertThat(IdMask.mask(null)).isNull();
    }
}
