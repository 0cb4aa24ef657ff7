package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @Test
    void acceptsAValidNumberAndDerivesBirthDateAndSex() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.areaCode()).isEqualTo("110105");
    }

    @Test
    void computesTheCheckCharacterOfThePublishedExample() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void normalizesLowerCaseXFullWidthDigitsAndWhitespace() {
        assertThat(IdNumber.parse(" 110105 19491231 002x ").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse("110105\u300019491231002X").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void upgradesALegacyFifteenDigitNumber() {
        IdNumber id = IdNumber.parse("110105491231002");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "NULL, REQUIRED",
        "'  ', REQUIRED",
        "1101051949123100, LENGTH",
        "11010519491231002XX, LENGTH",
        "1101051949123100A2, CHARACTERS",
        "X10105194912310022, CHARACTERS",
        "110105194902310023, BIRTH_DATE",
        "110105491331002, BIRTH_DATE",
        "110105194912310021, CHECK_CHARACTER",
        "11010517001231002X, BIRTH_DATE"
    })
    void rejectsBrokenNumbersNamingTheRule(String raw, IdNumberException.Rule rule) {
        assertThatThrownBy(() -> IdNumber.parse(raw))
                .isInstanceOfSatisfying(IdNumberException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.input()).isEqualTo(raw);
                    assertThat(e.getMessage()).startsWith(rule.code());
                });
    }

    @Test
    void masksAllButAreaCodeAndLastFour() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }

    @Test
    void constructorRefusesAnUnnormalizedOrInvalidValue() {
        assertThatThrownBy(() -> new IdNumber("11010519491231002x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdNumber("110105194912310021")).isInstanceOf(IllegalArgumentException.class);
    }
}
