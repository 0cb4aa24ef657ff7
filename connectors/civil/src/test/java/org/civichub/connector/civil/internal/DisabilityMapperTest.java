package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.connector.civil.internal.Items.disability;
import static org.civichub.connector.civil.internal.Items.with;

import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisabilityMapperTest {

    private static Mapping map(Map<String, String> item) {
        return Items.map(CivilStream.DISABILITY, item);
    }

    @Test
    void mapsTheHolderWithAnActiveDisabilityTagOfTypeAndLevel() {
        Mapping m = map(disability());

        assertThat(m.subject().idNumber().value()).isEqualTo(Items.ID);
        assertThat(m.subject().name()).isEqualTo("王五");
        assertThat(m.subject().tags()).containsExactly(new Tag(TagKind.DISABILITY, TagStatus.ACTIVE, "肢体", "2级", null, null));
        assertThat(m.subject().source().recordKey()).isEqualTo("civil/disability/" + Items.ID + "42");
        assertThat(m.sourceField()).containsEntry("idNumber", "idCard").containsEntry("name", "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"视力", "听力", "言语", "肢体", "智力", "精神", "多重"})
    void everyDocumentedTypeIsTheDetail(String type) {
        assertThat(map(with(disability(), "disabilityType", type)).subject().tags())
                .extracting(Tag::detail).containsExactly(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4"})
    void everyLevelIsAGrade(String level) {
        assertThat(map(with(disability(), "level", level)).subject().tags())
                .extracting(Tag::grade).containsExactly(level + "级");
    }

    @ParameterizedTest
    @ValueSource(strings = {"肢体残疾", "视觉", "other"})
    void anUnknownTypeIsAViolation(String type) {
        assertThat(map(with(disability(), "disabilityType", type)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("disabilityType", "code.disabilityType", type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "二", "2级", "1.5"})
    void aLevelOutsideOneToFourIsAViolation(String level) {
        assertThat(map(with(disability(), "level", level)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("level", "integer.range", level));
    }

    @Test
    void theTypeAndTheLevelAreRequired() {
        Map<String, String> item = with(with(disability(), "disabilityType", ""), "level", "");

        assertThat(map(item).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("disabilityType", "field.present"), tuple("level", "field.present"));
    }

    @Test
    void aCertificateWithoutANumberIsRejected() {
        assertThat(map(with(disability(), "certificateNo", "")).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("certificateNo", "key.present"));
    }
}
