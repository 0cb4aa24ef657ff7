package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.civichub.model.IdNumber;
import org.civichub.model.Sex;
import org.junit.jupiter.api.Test;

class IdNumberAllocatorTest {

    private final IdNumberAllocator allocator = new IdNumberAllocator();

    @Test
    void issuesValidUniqueNumbersWhoseSequenceParityMatchesSex() {
        Set<String> issued = new HashSet<>();
        LocalDate day = LocalDate.of(1990, 3, 7);
        for (int i = 0; i < 400; i++) {
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            String id = allocator.issue("350203", day, sex);
            IdNumber parsed = IdNumber.parse(id);
            assertThat(parsed.value()).isEqualTo(id);
            assertThat(parsed.sex()).isEqualTo(sex);
            assertThat(parsed.birthDate()).isEqualTo(day);
            assertThat(parsed.areaCode()).isEqualTo("350203");
            assertThat(issued.add(id)).isTrue();
        }
    }

    @Test
    void movesToTheNextDayWhenADayIsFull() {
        LocalDate day = LocalDate.of(2000, 2, 28);
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 451; i++) {
            issued.add(allocator.issue("110101", day, Sex.FEMALE));
        }
        assertThat(issued).hasSize(451);
        assertThat(issued).filteredOn(id -> IdNumberAllocator.birthDateOf(id).equals(day.plusDays(1))).hasSize(1);
    }

    @Test
    void legacyFormUpgradesBackToTheSameNumber() {
        String id = allocator.issue("350203", LocalDate.of(1962, 11, 30), Sex.MALE);
        String legacy = Messer.legacy(id);
        assertThat(legacy).hasSize(15).startsWith("350203621130");
        assertThat(IdNumber.parse(legacy).value()).isEqualTo(id);
    }
}
