package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.connector.civil.internal.Items.assistance;
import static org.civichub.connector.civil.internal.Items.with;

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
import org.junit.jupiter.params.provider.ValueSource;

class AssistanceMapperTest {

    private static Mapping map(Map<String, String> item) {
        return Items.map(CivilStream.ASSISTANCE, item);
    }

    @Test
    void mapsTheRecipientWithTheCaseAddressAndAnActiveSubsistenceTag() {
        Mapping m = map(assistance());

        PersonFragment p = m.subject();
        assertThat(m.persons()).hasSize(1);
        assertThat(p.idNumber().value()).isEqualTo(Items.ID);
        assertThat(p.name()).isEqualTo("王五");
        assertThat(p.currentAddress().text()).isEqualTo("厦门市思明区大同路8号5栋2单元301室");
        assertThat(p.currentAddress().building()).isEqualTo("5");
        assertThat(p.currentAddress().room()).isEqualTo("301");
        assertThat(p.currentAddress().division()).isNull();
        assertThat(p.tags()).containsExactly(
                new Tag(TagKind.SUBSISTENCE, TagStatus.ACTIVE, null, "1200.00", LocalDate.of(2019, 4, 1), null));
        assertThat(p.source().recordKey()).isEqualTo("civil/assistance/DB2019000001");
        assertThat(p.source().sourceVersion()).isEqualTo("2024-05-01T08:00:00+08:00");
        assertThat(m.sourceField()).containsEntry("idNumber", "idCard").containsEntry("name", "name")
                .containsEntry("currentAddress", "address");
    }

    @ParameterizedTest
    @CsvSource({"低保, SUBSISTENCE", "特困, EXTREME_POVERTY", "临时救助, TEMPORARY_ASSISTANCE"})
    void theAssistanceTypeIsTheTagKind(String type, TagKind kind) {
        assertThat(map(with(assistance(), "assistanceType", type)).subject().tags())
                .extracting(Tag::kind).containsExactly(kind);
    }

    @Test
    void aStoppedCaseEndsTheTagOnItsEndDate() {
        Map<String, String> item = with(with(assistance(), "status", "停保"), "endDate", "2024/4/30");

        assertThat(map(item).subject().tags()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TagStatus.ENDED);
            assertThat(t.to()).isEqualTo(LocalDate.of(2024, 4, 30));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"低保户", "DB", "subsistence"})
    void anUnknownAssistanceTypeIsAViolation(String type) {
        assertThat(map(with(assistance(), "assistanceType", type)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("assistanceType", "code.assistanceType", type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"暂停", "active", "1"})
    void anUnknownStatusIsAViolation(String status) {
        assertThat(map(with(assistance(), "status", status)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("status", "code.assistanceStatus", status));
    }

    @Test
    void theTypeAndTheStatusAreRequired() {
        Map<String, String> item = with(with(assistance(), "assistanceType", " "), "status", "");

        assertThat(map(item).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("assistanceType", "field.present"), tuple("status", "field.present"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1,200.50", "一千", "12O0"})
    void aMonthlyAmountThatIsNoNonNegativeNumberIsAViolation(String amount) {
        assertThat(map(with(assistance(), "monthlyAmount", amount)).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("monthlyAmount", "decimal.valid", amount));
    }

    @ParameterizedTest
    @CsvSource({"1200.50, 1200.50", "' 800 ', 800", "0, 0", "1E3, 1E3"})
    void theMonthlyAmountIsTheGradeAsWritten(String amount, String grade) {
        assertThat(map(with(assistance(), "monthlyAmount", amount)).subject().tags())
                .extracting(Tag::grade).containsExactly(grade);
    }

    @Test
    void withoutAMonthlyAmountTheTagHasNoGrade() {
        assertThat(map(with(assistance(), "monthlyAmount", "")).subject().tags())
                .extracting(Tag::grade).containsOnlyNulls();
    }

    @Test
    void impossibleStartAndEndDatesAreViolations() {
        Map<String, String> item = with(with(assistance(), "startDate", "2023-02-30"), "endDate", "soon");

        assertThat(map(item).violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("startDate", "date.valid", "2023-02-30"), tuple("endDate", "date.valid", "soon"));
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterLeavesTheRecipientUnlinkedButMapped() {
        String wrong = Items.ID.substring(0, 17) + (Items.ID.endsWith("0") ? "1" : "0");

        Mapping m = map(with(assistance(), "idCard", wrong));

        assertThat(m.isRejected()).isFalse();
        assertThat(m.subject().idNumber()).isNull();
        assertThat(m.subject().isLinkable()).isFalse();
    }

    @Test
    void aRecipientWithoutAnIdNumberIsKeptUnlinked() {
        assertThat(map(with(assistance(), "idCard", "")).subject().isLinkable()).isFalse();
    }

    @Test
    void anIdCardThatIsNoIdNumberAtAllIsAViolation() {
        assertThat(map(with(assistance(), "idCard", "王五")).violations())
                .extracting(Violation::field).containsExactly("idCard");
    }

    @Test
    void aCaseWithoutACaseNumberOrAReadableUpdateTimeIsRejected() {
        Map<String, String> item = with(with(assistance(), "caseNo", " "), "updatedAt", "2024-05-01 25:00:00");

        assertThat(map(item).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("caseNo", "key.present"), tuple("updatedAt", "time.valid"));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, String> item = with(with(with(assistance(), "assistanceType", "低保户"), "status", "x"),
                "monthlyAmount", "-5");

        assertThat(map(item).violations()).extracting(Violation::field)
                .containsExactly("assistanceType", "status", "monthlyAmount");
    }
}
