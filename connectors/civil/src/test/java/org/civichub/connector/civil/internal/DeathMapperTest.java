package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.connector.civil.internal.Items.death;
import static org.civichub.connector.civil.internal.Items.with;

import java.time.LocalDate;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeathMapperTest {

    private static Mapping map(Map<String, String> item) {
        return Items.map(CivilStream.DEATH, item);
    }

    @Test
    void mapsTheDeceasedWithADeceasedTagFromTheDateOfDeath() {
        Mapping m = map(death());

        assertThat(m.subject().idNumber().value()).isEqualTo(Items.ID);
        assertThat(m.subject().name()).isEqualTo("王五");
        assertThat(m.subject().tags()).containsExactly(
                new Tag(TagKind.DECEASED, TagStatus.ACTIVE, null, null, LocalDate.of(2024, 4, 28), null));
        assertThat(m.subject().status()).isEqualTo(org.civichub.model.PersonStatus.DECEASED);
        assertThat(m.subject().source().recordKey()).isEqualTo("civil/death/BZ2024000001");
        assertThat(m.sourceField()).containsEntry("idNumber", "idCard").containsEntry("name", "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20240428", "2024/4/28", "2024-4-28"})
    void theDateOfDeathMayBeWrittenInEveryDepartmentStyle(String date) {
        assertThat(map(with(death(), "dateOfDeath", date)).subject().tags())
                .extracting(Tag::from).containsExactly(LocalDate.of(2024, 4, 28));
    }

    @Test
    void theDateOfDeathIsRequired() {
        assertThat(map(with(death(), "dateOfDeath", " ")).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("dateOfDeath", "field.present"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "yesterday", "28.04.2024"})
    void anImpossibleDateOfDeathIsAViolation(String date) {
        assertThat(map(with(death(), "dateOfDeath", date)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("dateOfDeath", "date.valid", date));
    }

    @Test
    void aDeathWithoutACremationNumberIsRejected() {
        assertThat(map(with(death(), "cremationNo", "")).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("cremationNo", "key.present"));
    }
}
