package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.PersonFragment;
import org.civichub.model.Sex;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BirthsMapperTest {

    private static final LocalDate BORN = LocalDate.of(2024, 4, 21);

    private static Mapping map(Map<String, String> fields) {
        return new HealthMapper().map(Records.of("births", fields));
    }

    private static Mapping mapWith(String field, String value) {
        Map<String, String> fields = Records.birth();
        fields.put(field, value);
        return map(fields);
    }

    @Test
    void theNewbornIsTheSubjectUnlinkedWithNameSexBirthDateAddressAndANewbornTag() {
        Mapping m = map(Records.birth());

        assertThat(m.isRejected()).isFalse();
        PersonFragment baby = m.subject();
        assertThat(baby.idNumber()).isNull();
        assertThat(baby.isLinkable()).isFalse();
        assertThat(baby.name()).isEqualTo("陈小雨");
        assertThat(baby.sex()).isEqualTo(Sex.FEMALE);
        assertThat(baby.birthDate()).isEqualTo(BORN);
        assertThat(baby.currentAddress().text()).isEqualTo("福建省厦门市思明区嘉禾路88号5栋2单元301室");
        assertThat(baby.currentAddress().building()).isEqualTo("5");
        assertThat(baby.currentAddress().room()).isEqualTo("301");
        assertThat(baby.tags()).containsExactly(new Tag(TagKind.NEWBORN, TagStatus.ACTIVE, null, null, BORN, null));
        assertThat(baby.source().recordKey()).isEqualTo("health/births/Q350000123");
        assertThat(baby.source().sourceVersion()).isEqualTo("2024/5/2");
    }

    @Test
    void theMotherThenTheFatherFollowLinkedByTheirIdNumbersAndTaggedAsParentsFromTheBirthDate() {
        Mapping m = map(Records.birth());

        assertThat(m.persons()).hasSize(3);
        PersonFragment mother = m.persons().get(1);
        PersonFragment father = m.persons().get(2);
        assertThat(mother.idNumber().value()).isEqualTo(Records.MOTHER_ID);
        assertThat(mother.name()).isEqualTo("林丽华");
        assertThat(mother.tags()).containsExactly(new Tag(TagKind.PARENT, TagStatus.ACTIVE, "母亲", null, BORN, null));
        assertThat(father.idNumber().value()).isEqualTo(Records.FATHER_ID);
        assertThat(father.name()).isEqualTo("陈建国");
        assertThat(father.tags()).containsExactly(new Tag(TagKind.PARENT, TagStatus.ACTIVE, "父亲", null, BORN, null));
        assertThat(mother.source()).isEqualTo(m.subject().source());
    }

    @Test
    void sourceFieldsNameTheSubjectsFieldsAndTheOtherPersonsFieldsByTheirIndex() {
        assertThat(map(Records.birth()).sourceField()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "新生儿姓名", "sex", "性别", "birthDate", "出生日期", "currentAddress", "居住地址",
                "1.name", "母亲姓名", "1.idNumber", "母亲身份证号", "2.name", "父亲姓名", "2.idNumber", "父亲身份证号"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-04-21", "2024/4/21", "20240421", "2024/04/21"})
    void theBirthDateIsReadInEachOfTheDepartmentsDateStyles(String written) {
        Mapping m = mapWith("出生日期", written);
        assertThat(m.subject().birthDate()).isEqualTo(BORN);
        assertThat(m.persons().get(1).tags().get(0).from()).isEqualTo(BORN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2024.4.21", "21/04/2024", "去年"})
    void anImpossibleOrUnknownBirthDateIsAViolation(String written) {
        assertThat(mapWith("出生日期", written).violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("出生日期", "date.valid", written));
    }

    @Test
    void maleIsRead() {
        assertThat(mapWith("性别", "男").subject().sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "未知", "M", "男孩"})
    void aSexOtherThanMaleOrFemaleIsAViolation(String written) {
        assertThat(mapWith("性别", written).violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("性别", "sex.valid", written));
    }

    @Test
    void anEmptySexIsNotStated() {
        Mapping m = mapWith("性别", "");
        assertThat(m.isRejected()).isFalse();
        assertThat(m.subject().sex()).isNull();
    }

    @Test
    void aMotherWithAWrongCheckCharacterIsKeptUnlinkedNotRejected() {
        Mapping m = mapWith("母亲身份证号", Records.wrongCheck(Records.MOTHER_ID));

        assertThat(m.isRejected()).isFalse();
        assertThat(m.persons()).hasSize(3);
        assertThat(m.persons().get(1).idNumber()).isNull();
        assertThat(m.persons().get(1).name()).isEqualTo("林丽华");
        assertThat(m.persons().get(2).idNumber().value()).isEqualTo(Records.FATHER_ID);
    }

    @Test
    void aGarbageParentIdNumberIsAViolationOfItsField() {
        assertThat(mapWith("父亲身份证号", "3502-garbage").violations()).extracting(Violation::field, Violation::value)
                .containsExactly(tuple("父亲身份证号", "3502-garbage"));
        assertThat(mapWith("母亲身份证号", "12345").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("母亲身份证号", "id.length"));
    }

    @Test
    void aFatherNamedNeitherByNameNorByIdIsLeftOut() {
        Map<String, String> fields = Records.birth();
        fields.put("父亲姓名", " ");
        fields.put("父亲身份证号", "");

        Mapping m = map(fields);

        assertThat(m.persons()).hasSize(2);
        assertThat(m.sourceField()).containsEntry("1.name", "母亲姓名").doesNotContainKeys("2.name", "2.idNumber");
    }

    @Test
    void withoutAMotherTheFatherIsTheSecondPersonAndHisFieldsTakeIndexOne() {
        Map<String, String> fields = Records.birth();
        fields.put("母亲姓名", "");
        fields.put("母亲身份证号", "");

        Mapping m = map(fields);

        assertThat(m.persons()).hasSize(2);
        assertThat(m.persons().get(1).tags().get(0).detail()).isEqualTo("父亲");
        assertThat(m.sourceField()).containsEntry("1.name", "父亲姓名").containsEntry("1.idNumber", "父亲身份证号")
                .doesNotContainKey("2.name");
    }

    @Test
    void aParentNamedOnlyByIdNumberIsKeptWithoutAName() {
        Map<String, String> fields = Records.birth();
        fields.put("父亲姓名", "");

        PersonFragment father = map(fields).persons().get(2);

        assertThat(father.name()).isNull();
        assertThat(father.idNumber().value()).isEqualTo(Records.FATHER_ID);
    }

    @Test
    void aRecordWithoutItsCertificateNumberIsAViolationOfTheKeyField() {
        assertThat(mapWith("出生医学证明编号", "").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("出生医学证明编号", "key.present"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-13-01", "soon"})
    void anUnreadableRegistrationDateIsAViolationOfItsField(String written) {
        assertThat(mapWith("登记日期", written).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("登记日期", "time.valid"));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, String> fields = Records.birth();
        fields.put("性别", "X");
        fields.put("出生日期", "2024-02-30");
        fields.put("母亲身份证号", "abc");

        assertThat(map(fields).violations()).extracting(Violation::field)
                .containsExactly("性别", "出生日期", "母亲身份证号");
    }
}
