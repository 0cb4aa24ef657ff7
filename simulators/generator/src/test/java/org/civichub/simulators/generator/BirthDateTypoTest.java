package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.civichub.model.IdNumber;
import org.junit.jupiter.api.Test;

class BirthDateTypoTest {

    @Test
    void changesExactlyOneBirthDateDigitByOneAndKeepsTheNumberValid() {
        Dice dice = new Dice(1);
        String id = new IdNumberAllocator().issue("350203", java.time.LocalDate.of(1985, 8, 16), org.civichub.model.Sex.MALE);
        for (int i = 0; i < 200; i++) {
            String typo = BirthDateTypo.apply(id, dice);
            assertThat(IdNumber.parse(typo).value()).isEqualTo(typo);
            int differing = 0;
            for (int p = 0; p < 17; p++) {
                if (typo.charAt(p) != id.charAt(p)) {
                    differing++;
                    assertThat(p).isBetween(6, 13);
                    assertThat(Math.abs(typo.charAt(p) - id.charAt(p))).isEqualTo(1);
                }
            }
            assertThat(differing).isEqualTo(1);
        }
    }
}
