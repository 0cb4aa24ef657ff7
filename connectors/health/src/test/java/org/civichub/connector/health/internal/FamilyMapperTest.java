package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.PersonFragment;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyMapperTest {

    private static Mapping mapWith(String field, String value) {
        Map<String, String> fields = Records.family();
        fields.put(field, value);
        return new HealthMapper().map(Records.of("family", fields));
    }

    @Test
    void mapsThePersonWithAMaritalTagHoldingTheStatusAndTheNumberOfChildren() {
        Mapping m = new HealthMapper().map(Records.of("family", Records.family()));

        assertThat(m.persons()).hasSize(1);
        PersonFragment p = m.subject();
        assertThat(p.idNumber().value()).isEqualTo(Records.MOTHER_ID);
        assertThat(p.name()).isEqualTo("林丽华");
        assertThat(p.tags()).containsExactly(new Tag(TagKind.MARITAL, TagStatus.ACTIVE, "已婚", "2", null, null));
        assertThat(p.source().recordKey()).isEqualTo("health/family/" + Records.MOTHER_ID);
        assertThat(p.source().sourceVersion()).isEqualTo("20240502");
        assertThat(m.sourceField()).containsEntry("idNumber", "身份证号").containsEntry("name", "姓名");
    }

    @ParameterizedTest
    @ValueSource(strings = {"未婚", "已婚", "离异", "丧偶"})
    void eachMaritalStatusOfTheContractIsTheTagsDetail(String status) {
        assertThat(mapWith("婚姻状况", status).subject().tags().get(0).detail()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"结婚", "2", "married", "已 婚"})
    void anotherMaritalStatusIsAViolation(String status) {
        assertThat(mapWith("婚姻状况", status).violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("婚姻状况", "marital.valid", status));
    }

    @Test
    void anEmptyMaritalStatusIsAViolation() {
        assertThat(mapWith("婚姻状况", " ").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("婚姻状况", "field.present"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "20"})
    void theNumberOfChildrenFromNoneToTwentyIsTheTagsGrade(String children) {
        assertThat(mapWith("子女数", children).subject().tags().get(0).grade()).isEqualTo(children);
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "-1", "1.5", "两", "2个"})
    void aNumberOfChildrenThatIsNoWholeNumberFromNoneToTwentyIsAViolation(String children) {
        assertThat(mapWith("子女数", children).violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("子女数", "integer.range", children));
    }

    @Test
    void anEmptyNumberOfChildrenLeavesTheGradeEmpty() {
        Mapping m = mapWith("子女数", "");
        assertThat(m.isRejected()).isFalse();
        assertThat(m.subject().tags().get(0).grade()).isNull();
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterLeavesThePersonUnlinkedNotRejected() {
        Mapping m = mapWith("身份证号", Records.wrongCheck(Records.MOTHER_ID));
        assertThat(m.isRejected()).isFalse();
        assertThat(m.subject().idNumber()).isNull();
        assertThat(m.subject().tags()).hasSize(1);
    }

    @Test
    void aGarbageIdNumberIsAViolation() {
        assertThat(mapWith("身份证号", "ABCDEFGHIJKLMNOPQR").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("身份证号", "id.characters"));
    }

    @Test
    void anUnreadableUpdateDateIsAViolationOfItsField() {
        assertThat(mapWith("更新日期", "2024-02-30").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("更新日期", "time.valid"));
    }

    @Test
    void anUnknownRecordTypeIsRejected() {
        assertThat(new HealthMapper().map(Records.of("deaths", Records.family())).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("*", "recordType.known", "deaths"));
    }
}
