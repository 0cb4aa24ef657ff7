package org.civichub.connector.labour.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.connector.labour.internal.LabourRecords.employment;

import java.time.LocalDate;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.PersonFragment;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmploymentMapperTest {

    private final LabourMapper mapper = new LabourMapper();

    private PersonFragment subject(Map<String, String> changes) {
        Mapping m = mapper.map(employment(changes));
        assertThat(m.violations()).isEmpty();
        return m.subject();
    }

    private Tag tag(Map<String, String> changes) {
        return subject(changes).tags().get(0);
    }

    @Test
    void anEmployedPersonIsTaggedWithTheEmployerSinceRegistration() {
        PersonFragment f = subject(Map.of());

        assertThat(f.idNumber().value()).isEqualTo(LabourRecords.ID);
        assertThat(f.name()).isEqualTo("陈明");
        assertThat(f.source().recordKey()).isEqualTo("labour/jy_dj/JY00000001");
        assertThat(f.source().sourceVersion()).isEqualTo("2024-05-01 08:00:00");
        assertThat(f.tags()).containsExactly(new Tag(TagKind.EMPLOYED, TagStatus.ACTIVE, "厦门某某有限公司", null,
                LocalDate.of(2020, 3, 1), null));
        assertThat(mapper.map(employment(Map.of())).sourceField()).containsEntry("idNumber", "SFZHM")
                .containsEntry("name", "XM");
    }

    @Test
    void anUnemployedRegistrationIsTaggedUnemployedAndItsEmploymentEnded() {
        assertThat(subject(Map.of("JYZT", "2")).tags()).containsExactly(
                new Tag(TagKind.UNEMPLOYED, TagStatus.ACTIVE, "厦门某某有限公司", null, LocalDate.of(2020, 3, 1), null),
                new Tag(TagKind.EMPLOYED, TagStatus.ENDED, "厦门某某有限公司", null, LocalDate.of(2020, 3, 1), null));
    }

    @Test
    void aCancellationDateEndsTheRegistrationOnThatDay() {
        PersonFragment f = subject(Map.of("JYZT", "2", "ZXRQ", "2024-05-02", "CZLX", "U"));

        assertThat(f.tags()).extracting(Tag::kind, Tag::status, Tag::to).containsExactly(
                tuple(TagKind.UNEMPLOYED, TagStatus.ENDED, LocalDate.of(2024, 5, 2)),
                tuple(TagKind.EMPLOYED, TagStatus.ENDED, LocalDate.of(2024, 5, 2)));
    }

    @Test
    void anEmployedRegistrationCancelledOnADayHasEnded() {
        assertThat(subject(Map.of("ZXRQ", "2024-05-02", "CZLX", "U")).tags()).extracting(Tag::kind, Tag::status)
                .containsExactly(tuple(TagKind.EMPLOYED, TagStatus.ENDED));
    }

    @Test
    void aDeletionRowEndsTheRegistration() {
        Tag t = tag(Map.of("CZLX", "D"));

        assertThat(t.status()).isEqualTo(TagStatus.ENDED);
        assertThat(t.kind()).isEqualTo(TagKind.EMPLOYED);
        assertThat(t.to()).isNull();
        assertThat(subject(Map.of("CZLX", "D", "JYZT", "2")).tags()).extracting(Tag::kind, Tag::status)
                .containsExactly(tuple(TagKind.UNEMPLOYED, TagStatus.ENDED), tuple(TagKind.EMPLOYED, TagStatus.ENDED));
    }

    @Test
    void anUpdateThatKeepsTheRegistrationOpenStaysActive() {
        assertThat(tag(Map.of("CZLX", "U", "DWMC", "新单位")).status()).isEqualTo(TagStatus.ACTIVE);
        assertThat(tag(Map.of("CZLX", "U", "DWMC", "新单位")).detail()).isEqualTo("新单位");
    }

    @ParameterizedTest
    @CsvSource({"20200301", "2020-03-01", "2020/3/1", " 2020-3-1 "})
    void datesComeInEveryStyleTheDepartmentWrites(String written) {
        assertThat(tag(Map.of("DJRQ", written, "ZXRQ", written)).from()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(tag(Map.of("DJRQ", written, "ZXRQ", written)).to()).isEqualTo(LocalDate.of(2020, 3, 1));
    }

    @Test
    void valuesAreReadStrippedAndAnEmptyEmployerIsNoDetail() {
        Tag t = tag(Map.of("JYZT", " 1 ", "CZLX", " I ", "DWMC", "  "));

        assertThat(t.kind()).isEqualTo(TagKind.EMPLOYED);
        assertThat(t.detail()).isNull();
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterLeavesThePersonUnlinked() {
        PersonFragment f = subject(Map.of("SFZHM", "350203198001010014"));

        assertThat(f.idNumber()).isNull();
        assertThat(f.isLinkable()).isFalse();
        assertThat(f.tags()).hasSize(1);
    }

    @Test
    void anEmptyIdNumberLeavesThePersonUnlinked() {
        assertThat(subject(Map.of("SFZHM", "")).idNumber()).isNull();
    }

    @Test
    void aFullWidthIdNumberIsRead() {
        assertThat(subject(Map.of("SFZHM", "３５０２０３１９８００１０１００１３")).idNumber().value())
                .isEqualTo(LabourRecords.ID);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JYZT|3|code.JYZT", "JYZT||field.present", "CZLX|X|code.CZLX", "CZLX|i|code.CZLX", "CZLX||field.present",
        "DJRQ|2020-02-30|date.valid", "ZXRQ|someday|date.valid", "CZSJ|2024-05-01T08:00:00|time.valid",
        "CZSJ|2024-13-01 08:00:00|time.valid", "CZSJ||time.valid", "DJBH||key.present", "SFZHM|12345|id.length"})
    void aValueThatBreaksTheContractIsAViolationNamingTheField(String field, String value, String rule) {
        String v = value == null ? "" : value;
        Mapping m = mapper.map(employment(Map.of(field, v)));

        assertThat(m.isRejected()).isTrue();
        assertThat(m.violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple(field, rule, v));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Mapping m = mapper.map(employment(Map.of("JYZT", "9", "CZLX", "Z", "DJRQ", "20201301")));

        assertThat(m.violations()).extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("JYZT", "code.JYZT"), tuple("CZLX", "code.CZLX"),
                        tuple("DJRQ", "date.valid"));
    }
}
