package org.civichub.connector.police.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.PersonStatus;
import org.civichub.model.Sex;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonMapperTest {

    private static Map<String, String> valid() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("GMSFHM", "350203199003070014");
        m.put("XM", " 曾国强 ");
        m.put("XB", "1");
        m.put("MZ", "01");
        m.put("CSRQ", "19900307");
        m.put("HH", "H3502030001");
        m.put("YHZGX", "02");
        m.put("HJDZ_XZQH", "350203006004");
        m.put("HJDZ", "福建省厦门市思明区大同路123号5栋2单元301室");
        m.put("XZZ", "");
        m.put("RYZT", "0");
        m.put("GXSJ", "2024-01-01 10:00:00");
        return m;
    }

    private static Mapping map(Map<String, String> fields) {
        SourceRecord r = new SourceRecord(new SourceKey("police", "person", fields.get("GMSFHM")),
                "2024-01-01 10:00:00", PoliceTime.parse("2024-01-01 10:00:00").orElseThrow(), java.time.Instant.EPOCH,
                fields);
        return new PoliceMapper().map(r);
    }

    private static Mapping mapSentAs(String key, String updatedAt) {
        Map<String, String> fields = valid();
        fields.put("GXSJ", updatedAt);
        return new PoliceMapper().map(new SourceRecord(new SourceKey("police", "person", key), updatedAt,
                PoliceTime.parse(updatedAt).orElse(PoliceTime.UNKNOWN), java.time.Instant.EPOCH, fields));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13-45 99:00:00", "", "garbage", "2023-02-30 10:00:00", "2024-01-01T10:00:00"})
    void anUnreadableUpdateTimeIsAViolationOfGxsj(String updatedAt) {
        assertThat(mapSentAs("350203199003070014", updatedAt).violations())
                .extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GXSJ", "time.valid", updatedAt));
    }

    @Test
    void aRecordSentWithoutAKeyIsAViolationOfTheKeyField() {
        assertThat(mapSentAs("", "2024-01-01 10:00:00").violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GMSFHM", "key.present"));
    }

    @Test
    void mapsAValidRecordToAFragment() {
        Mapping m = map(valid());
        assertThat(m.isRejected()).isFalse();
        var f = m.subject();
        assertThat(f.idNumber().value()).isEqualTo("350203199003070014");
        assertThat(f.name()).isEqualTo("曾国强");
        assertThat(f.sex()).isEqualTo(Sex.MALE);
        assertThat(f.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(f.registeredAddress().division().value()).isEqualTo("350203006004");
        assertThat(f.registeredAddress().building()).isEqualTo("5");
        assertThat(f.currentAddress()).isNull();
        assertThat(f.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(f.source().recordKey()).isEqualTo("police/person/350203199003070014");
        assertThat(m.sourceField()).containsEntry("birthDate", "CSRQ");
    }

    @Test
    void aWrongCheckCharacterLeavesThePersonUnlinkedNotRejected() {
        Map<String, String> f = valid();
        f.put("GMSFHM", "350203199003070015");
        Mapping m = map(f);
        assertThat(m.isRejected()).isFalse();
        assertThat(m.subject().idNumber()).isNull();
        assertThat(m.subject().isLinkable()).isFalse();
        assertThat(m.subject().name()).isEqualTo("曾国强");
    }

    @Test
    void anIdNumberOfTheWrongLengthIsAViolationOfTheIdField() {
        Map<String, String> f = valid();
        f.put("GMSFHM", "3502031990030700");
        assertThat(map(f).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GMSFHM", "id.length"));
    }

    @Test
    void aDeceasedPersonIsTagged() {
        Map<String, String> f = valid();
        f.put("RYZT", "1");
        assertThat(map(f).subject().tags()).extracting(t -> t.kind())
                .containsExactly(org.civichub.model.TagKind.DECEASED);
    }

    @Test
    void anImpossibleBirthDateBesideAValidIdNumberIsAFindingAndTheIdGivesTheDate() {
        Map<String, String> f = valid();
        f.put("CSRQ", "19900231");

        var m = map(f);

        assertThat(m.isRejected()).isFalse();
        assertThat(m.subject().birthDate()).isEqualTo(m.subject().idNumber().birthDate());
        assertThat(m.findings()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CSRQ", "date.valid", "19900231"));
    }

    @Test
    void anImpossibleBirthDateBesideAnIdThatIsNoValidNumberIsAViolationOfTheDateField() {
        Map<String, String> f = valid();
        f.put("CSRQ", "19900231");
        String id = f.get("GMSFHM");
        f.put("GMSFHM", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        assertThat(map(f).violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CSRQ", "date.valid", "19900231"));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, String> f = valid();
        f.put("MZ", "77");
        f.put("XB", "5");
        f.put("RYZT", "8");
        f.put("HJDZ_XZQH", "3502");
        assertThat(map(f).violations()).extracting(Violation::field).containsExactlyInAnyOrder("MZ", "XB", "RYZT",
                "HJDZ_XZQH");
    }

    @Test
    void aLegacyFifteenDigitNumberIsUpgraded() {
        Map<String, String> f = valid();
        f.put("GMSFHM", "350203900307001");
        assertThat(map(f).subject().idNumber().value()).isEqualTo("350203199003070014");
    }

    @Test
    void anUnknownRecordTypeIsRejected() {
        SourceRecord r = new SourceRecord(new SourceKey("police", "vehicle", "x"), "v", java.time.Instant.EPOCH,
                java.time.Instant.EPOCH, Map.of());
        assertThat(new PoliceMapper().map(r).violations()).extracting(Violation::rule).containsExactly("recordType.known");
    }
}
