package org.civichub.connector.labour.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.connector.labour.internal.LabourRecords.insurance;

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

class InsuranceMapperTest {

    private final LabourMapper mapper = new LabourMapper();

    private PersonFragment subject(Map<String, String> changes) {
        Mapping m = mapper.map(insurance(changes));
        assertThat(m.violations()).isEmpty();
        return m.subject();
    }

    private Tag tag(Map<String, String> changes) {
        return subject(changes).tags().get(0);
    }

    @Test
    void anEnrolmentIsAnInsuredTagWithItsTypeSinceEnrolment() {
        PersonFragment f = subject(Map.of());

        assertThat(f.idNumber().value()).isEqualTo(LabourRecords.ID);
        assertThat(f.name()).isEqualTo("林芳");
        assertThat(f.source().recordKey()).isEqualTo("labour/sb_cb/CB000000001");
        assertThat(f.tags()).containsExactly(new Tag(TagKind.INSURED, TagStatus.ACTIVE, "养老", null,
                LocalDate.of(2019, 1, 1), null));
    }

    @ParameterizedTest
    @CsvSource({"1,ACTIVE", "2,SUSPENDED", "3,ENDED"})
    void theEnrolmentStatusIsTheTagsStatus(String cbzt, TagStatus status) {
        assertThat(tag(Map.of("CBZT", cbzt, "CZLX", "U")).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"养老", "医疗", "失业", "工伤"})
    void everyInsuranceTypeIsTheDetail(String xzlx) {
        assertThat(tag(Map.of("XZLX", xzlx)).term()).isEqualTo("insured:" + xzlx);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void aDeletionRowEndsTheEnrolmentWhateverItsStatus(String cbzt) {
        assertThat(tag(Map.of("CBZT", cbzt, "CZLX", "D")).status()).isEqualTo(TagStatus.ENDED);
    }

    @ParameterizedTest
    @CsvSource({"20190101", "2019-01-01", "2019/1/1"})
    void theEnrolmentDateComesInEveryStyle(String written) {
        assertThat(tag(Map.of("CBRQ", written)).from()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void anIdNumberWithAnImpossibleBirthDateLeavesThePersonUnlinked() {
        String first17 = "35020319801301001";
        PersonFragment f = subject(Map.of("SFZHM", first17 + org.civichub.model.IdNumber.checkCharacter(first17)));

        assertThat(f.idNumber()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CBZT|4|code.CBZT", "CBZT||field.present", "XZLX|生育|code.XZLX", "XZLX||field.present",
        "CZLX|R|code.CZLX", "CZLX||field.present", "CBRQ|2019-02-29|date.valid", "CZSJ|2024-05-01|time.valid",
        "CBBH||key.present", "SFZHM|35020319800101001A|id.characters"})
    void aValueThatBreaksTheContractIsAViolationNamingTheField(String field, String value, String rule) {
        String v = value == null ? "" : value;
        Mapping m = mapper.map(insurance(Map.of(field, v)));

        assertThat(m.isRejected()).isTrue();
        assertThat(m.violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple(field, rule, v));
    }
}
