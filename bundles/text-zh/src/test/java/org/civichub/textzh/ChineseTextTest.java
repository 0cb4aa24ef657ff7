package org.civichub.textzh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void turnsFullWidthAsciiAndTheIdeographicSpaceIntoHalfWidth() {
        assertThat(ChineseText.toHalfWidth("ＡＢｃ１２３！　～（张）")).isEqualTo("ABc123! ~(张)");
    }

    @Test
    void keepsEverythingElseWhenTurningToHalfWidth() {
        assertThat(ChineseText.toHalfWidth("张三·丰、。「」")).isEqualTo("张三·丰、。「」");
    }

    @Test
    void removesAllWhitespaceAndInvisibleCharactersFromAName() {
        assertThat(ChineseText.normalizeName(" 张 三\u3000丰\u00A0\u200B\uFEFF\t")).isEqualTo("张三丰");
    }

    @Test
    void writesEveryMiddleDotVariantOfANameAsU00B7() {
        for (String dot : new String[] {"·", "•", "・", "．", "‧", "∙", "⋅", "･", ".", "ꞏ"}) {
            assertThat(ChineseText.normalizeName("阿依古丽" + dot + "买买提")).isEqualTo("阿依古丽·买买提");
        }
    }

    @Test
    void collapsesRepeatedDotsAndDropsDotsAtTheEndsOfAName() {
        assertThat(ChineseText.normalizeName("·阿依古丽 · · 买买提·")).isEqualTo("阿依古丽·买买提");
    }

    @Test
    void keepsLetterCaseAndFullWidthLettersBecomeAsciiInAName() {
        assertThat(ChineseText.normalizeName("Ａｎｎａ 张")).isEqualTo("Anna张");
    }

    @Test
    void collapsesWhitespaceInAnAddressAndDropsSpacesNextToHanCharacters() {
        assertThat(ChineseText.normalizeAddress("  北京市　朝阳区  建国路 ８号  Block   3 \t"))
                .isEqualTo("北京市朝阳区建国路8号Block 3");
    }

    @Test
    void writesDashVariantsInAnAddressAsHyphenMinus() {
        assertThat(ChineseText.normalizeAddress("幸福里3—2－101号 A–B")).isEqualTo("幸福里3-2-101号A-B");
    }

    @Test
    void convertsTraditionalToSimplifiedByPhrase() {
        assertThat(ChineseText.toSimplified("張三豐住在臺北市")).isEqualTo("张三丰住在台北市");
        assertThat(ChineseText.toSimplified("頭髮")).isEqualTo("头发");
        assertThat(ChineseText.toSimplified("乾隆")).isEqualTo("乾隆");
    }

    @Test
    void leavesSimplifiedAndNonChineseTextUnchanged() {
        assertThat(ChineseText.toSimplified("张三丰 Block 3-2")).isEqualTo("张三丰 Block 3-2");
        assertThat(ChineseText.toSimplified("")).isEmpty();
    }

    @Test
    void recognisesHanCodePointsInEveryCjkBlock() {
        assertThat(ChineseText.isHan('张')).isTrue();
        assertThat(ChineseText.isHan('〇')).isTrue();
        assertThat(ChineseText.isHan(0x3400)).isTrue();
        assertThat(ChineseText.isHan(0x20000)).isTrue();
        assertThat(ChineseText.isHan('A')).isFalse();
        assertThat(ChineseText.isHan('·')).isFalse();
        assertThat(ChineseText.isHan('あ')).isFalse();
        assertThat(ChineseText.isHan('，')).isFalse();
    }

    @Test
    void returnsNullForNullSoThatFunctionsChainAsCleaners() {
        assertThat(ChineseText.toHalfWidth(null)).isNull();
        assertThat(ChineseText.normalizeName(null)).isNull();
        assertThat(ChineseText.normalizeAddress(null)).isNull();
        assertThat(ChineseText.toSimplified(null)).isNull();
    }
}
