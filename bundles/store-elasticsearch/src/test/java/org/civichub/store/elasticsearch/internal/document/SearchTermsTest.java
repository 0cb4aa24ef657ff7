package org.civichub.store.elasticsearch.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.civichub.model.DivisionCode;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static final String ID = "11010519491231002X";

    @Test
    void idPrefixesRunFromTheAreaCodeToAllButTheLastCharacter() {
        assertThat(SearchTerms.idPrefixes(ID)).containsExactly("110105", "1101051", "11010519", "110105194",
                "1101051949", "11010519491", "110105194912", "1101051949123", "11010519491231", "110105194912310",
                "1101051949123100", "11010519491231002");
    }

    @Test
    void idSuffixesRunFromTheLastFourCharactersToAllButTheFirst() {
        assertThat(SearchTerms.idSuffixes(ID)).hasSize(14)
                .startsWith("002X", "1002X")
                .endsWith("1010519491231002X");
    }

    @Test
    void divisionPrefixesCoverEveryScopeLengthOnce() {
        assertThat(SearchTerms.divisionPrefixes(Arrays.asList(
                new DivisionCode("350203001001"), new DivisionCode("350203001002"), null)))
                .containsExactly("35", "350", "3502", "35020", "350203", "3502030", "35020300", "350203001",
                        "3502030010", "35020300100", "350203001001", "350203001002");
    }

    @Test
    void pinyinKeysAreLowerCaseLettersWithoutSeparators() {
        assertThat(SearchTerms.pinyinKey("Zhang San-feng")).isEqualTo("zhangsanfeng");
        assertThat(SearchTerms.pinyinKey("lü'an")).isEqualTo("lvan");
        assertThat(SearchTerms.pinyinKey("张三")).isNull();
        assertThat(SearchTerms.pinyinKey("1234")).isNull();
    }

    @Test
    void namesAndAddressesAreNormalizedToSimplifiedHalfWidthText() {
        assertThat(SearchTerms.name("張 三")).isEqualTo("张三");
        assertThat(SearchTerms.address("龍頭路１２號")).isEqualTo("龙头路12号");
    }
}
