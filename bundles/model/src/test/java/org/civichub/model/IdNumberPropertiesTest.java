package org.civichub.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdNumberPropertiesTest {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> area = Arbitraries.integers().between(110000, 659999).map(String::valueOf);
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 200 * 365)
                .map(d -> LocalDate.of(1850, 1, 1).plusDays(d));
        Arbitrary<String> seq = Arbitraries.integers().between(0, 999).map(i -> String.format("%03d", i));
        return Combinators.combine(area, birth, seq).as((a, b, s) -> a + b.format(YYYYMMDD) + s);
    }

    @Provide
    Arbitrary<String> legacy15() {
        Arbitrary<String> area = Arbitraries.integers().between(110000, 659999).map(String::valueOf);
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 99 * 365)
                .map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        Arbitrary<String> seq = Arbitraries.integers().between(0, 999).map(i -> String.format("%03d", i));
        return Combinators.combine(area, birth, seq)
                .as((a, b, s) -> a + b.format(DateTimeFormatter.ofPattern("yyMMdd")) + s);
    }

    @Property
    void everyNumberWithItsCheckCharacterParsesToItself(@ForAll("first17") String first17) {
        String full = first17 + IdNumber.checkCharacter(first17);
        IdNumber id = IdNumber.parse(full);
        assertThat(id.value()).isEqualTo(full);
        assertThat(id.birthDate().format(YYYYMMDD)).isEqualTo(first17.substring(6, 14));
    }

    @Property
    void changingAnyOneDigitIsDetected(@ForAll("first17") String first17,
                                       @ForAll @IntRange(min = 0, max = 16) int position,
                                       @ForAll @IntRange(min = 1, max = 9) int delta) {
        String full = first17 + IdNumber.checkCharacter(first17);
        char original = full.charAt(position);
        char changed = (char) ('0' + (original - '0' + delta) % 10);
        String typo = full.substring(0, position) + changed + full.substring(position + 1);
        assertThatThrownBy(() -> IdNumber.parse(typo)).isInstanceOf(IdNumberException.class);
    }

    @Property
    void swappingTwoDifferentAdjacentDigitsIsDetected(@ForAll("first17") String first17,
                                                      @ForAll @IntRange(min = 0, max = 15) int position) {
        String full = first17 + IdNumber.checkCharacter(first17);
        char a = full.charAt(position);
        char b = full.charAt(position + 1);
        if (a == b) {
            return;
        }
        String swapped = full.substring(0, position) + b + a + full.substring(position + 2);
        assertThatThrownBy(() -> IdNumber.parse(swapped)).isInstanceOf(IdNumberException.class);
    }

    @Property
    void aLegacyNumberUpgradesToTheSamePersonsEighteenCharacterNumber(@ForAll("legacy15") String legacy) {
        IdNumber id = IdNumber.parse(legacy);
        assertThat(id.value()).hasSize(18);
        assertThat(id.value().substring(0, 6)).isEqualTo(legacy.substring(0, 6));
        assertThat(id.value().substring(6, 8)).isEqualTo("19");
        assertThat(id.value().substring(8, 17)).isEqualTo(legacy.substring(6, 15));
        assertThat(id.sex()).isEqualTo((legacy.charAt(14) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        assertThat(IdNumber.parse(id.value())).isEqualTo(id);
    }

    @Property
    void normalizationIsIdempotentAndCaseInsensitiveForX(@ForAll("first17") String first17) {
        String full = first17 + IdNumber.checkCharacter(first17);
        String lower = full.toLowerCase();
        assertThat(IdNumber.parse(lower)).isEqualTo(IdNumber.parse(full));
        assertThat(IdNumber.normalize(IdNumber.normalize(lower))).isEqualTo(IdNumber.normalize(lower));
    }
}
