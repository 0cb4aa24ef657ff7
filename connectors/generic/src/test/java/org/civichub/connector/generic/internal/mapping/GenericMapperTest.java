package org.civichub.connector.generic.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.generic.internal.RowFields;
import org.civichub.connector.kit.SourceDates;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.Sex;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;

class GenericMapperTest {

    static final String ID = "110101199003077777".substring(0, 17);
    static final String VALID_ID = ID + IdNumber.checkCharacter(ID);
    static final String WRONG_CHECK = ID + (IdNumber.checkCharacter(ID) == '0' ? '1' : '0');

    static final String MAPPING = """
            record.type    = pension
            record.key     = PENSION_NO
            record.version = UPDATED
            source.fields  = PENSION_NO, ID_CARD, NAME, SEX, BORN, STATUS, START, END, CITY, STREET, AMOUNT, UPDATED
            person.idNumber          = ID_CARD
            person.name              = trim(NAME)
            person.sex               = SEX
            person.birthDate         = date(BORN)
            person.registeredAddress = concat(CITY, " ", STREET)
            person.currentAddress    = STREET
            tag.kind                 = constant(insured)
            tag.status               = code(STATUS; 1=active, 2=suspended, 3=ended)
            tag.detail               = constant(养老)
            tag.grade                = AMOUNT
            tag.from                 = date(START, yyyyMMdd)
            tag.to                   = date(END)
            """;

    private static GenericMapper mapper(String text) throws MappingException {
        return new GenericMapper(MappingParser.parse("pension.mapping", text));
    }

    static Map<String, String> row() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("PENSION_NO", "YL0001");
        m.put("ID_CARD", VALID_ID);
        m.put("NAME", "  王　 五 ");
        m.put("SEX", "1");
        m.put("BORN", "1990/3/7");
        m.put("STATUS", " 2 ");
        m.put("START", "20200101");
        m.put("END", "2024-12-31");
        m.put("CITY", "厦门市思明区");
        m.put("STREET", "大同路5栋2单元301室");
        m.put("AMOUNT", "1200.50");
        m.put("UPDATED", "2024-05-01 08:00:00");
        return m;
    }

    static SourceRecord record(Map<String, String> payload) {
        return record(payload, "PENSION_NO", "UPDATED");
    }

    static SourceRecord record(Map<String, String> payload, String keyField, String versionField) {
        String version = payload.getOrDefault(versionField, "");
        return new SourceRecord(new SourceKey("labour", "pension", payload.getOrDefault(keyField, "")), version,
                SourceDates.time(version).orElse(Instant.EPOCH), Instant.parse("2024-06-01T00:00:00Z"), payload);
    }

    private static Mapping map(Map<String, String> payload) throws MappingException {
        return mapper(MAPPING).map(record(payload));
    }

    private static Mapping mapWith(String field, String value) throws MappingException {
        Map<String, String> row = row();
        row.put(field, value);
        return map(row);
    }

    @Test
    void mapsEveryTargetOfARecord() throws Exception {
        Mapping m = map(row());

        assertThat(m.isRejected()).as(m.violations().toString()).isFalse();
        PersonFragment p = m.subject();
        assertThat(p.source().recordKey()).isEqualTo("labour/pension/YL0001");
        assertThat(p.source().sourceVersion()).isEqualTo("2024-05-01 08:00:00");
        assertThat(p.idNumber()).isEqualTo(IdNumber.parse(VALID_ID));
        assertThat(p.name()).isEqualTo("王 五");
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(p.registeredAddress().text()).isEqualTo("厦门市思明区 大同路5栋2单元301室");
        assertThat(p.currentAddress().text()).isEqualTo("大同路5栋2单元301室");
        assertThat(p.currentAddress().building()).isEqualTo("5");
        assertThat(p.currentAddress().room()).isEqualTo("301");
        assertThat(p.tags()).containsExactly(new Tag(TagKind.INSURED, TagStatus.SUSPENDED, "养老", "1200.50",
                LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(m.sourceField()).containsExactlyInAnyOrderEntriesOf(Map.of("idNumber", "ID_CARD", "name", "NAME",
                "sex", "SEX", "birthDate", "BORN", "registeredAddress", "CITY", "currentAddress", "STREET"));
    }

    @Test
    void emptyFieldsLeaveTheirTargetsEmpty() throws Exception {
        Map<String, String> row = row();
        for (String f : new String[] {"ID_CARD", "SEX", "BORN", "START", "END", "CITY", "STREET", "AMOUNT"}) {
            row.put(f, " ");
        }

        PersonFragment p = map(row).subject();

        assertThat(p.idNumber()).isNull();
        assertThat(p.sex()).isNull();
        assertThat(p.birthDate()).isNull();
        assertThat(p.registeredAddress()).as("concat of empty fields is empty, not its literal").isNull();
        assertThat(p.currentAddress()).isNull();
        assertThat(p.tags()).containsExactly(new Tag(TagKind.INSURED, TagStatus.SUSPENDED, "养老", null, null, null));
    }

    @Test
    void concatKeepsTheLiteralsBetweenTheFieldsThatAreThere() throws Exception {
        Map<String, String> row = row();
        row.put("STREET", "");

        assertThat(map(row).subject().registeredAddress().text()).isEqualTo("厦门市思明区");
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterLeavesThePersonUnlinkedWithoutAViolation() throws Exception {
        Mapping m = mapWith("ID_CARD", WRONG_CHECK);

        assertThat(m.isRejected()).isFalse();
        assertThat(m.subject().idNumber()).isNull();
        assertThat(m.subject().isLinkable()).isFalse();
    }

    @Test
    void aValueThatIsNoIdNumberAtAllIsAViolationOfItsField() throws Exception {
        Mapping m = mapWith("ID_CARD", "12345");

        assertThat(m.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("ID_CARD");
            assertThat(v.rule()).isEqualTo("id.length");
            assertThat(v.value()).isEqualTo("12345");
        });
    }

    @Test
    void aCodeTheTableDoesNotListIsAViolationNamingTheFieldAndTheTable() throws Exception {
        Mapping m = mapWith("STATUS", "9");

        assertThat(m.violations()).containsExactly(new Violation("STATUS", "code.tag.status", "9",
                "not in the code table of tag.status (pension.mapping line 12), which lists 1, 2, 3"));
    }

    @Test
    void aTagStatusTheMappingReadsMustBeThere() throws Exception {
        assertThat(mapWith("STATUS", "").violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STATUS", "field.present"));
    }

    @Test
    void datesBreakingTheirPatternOrTheKitsStylesAreViolations() throws Exception {
        Map<String, String> row = row();
        row.put("START", "2020-01-01");
        row.put("END", "2024-02-30");
        row.put("BORN", "1990.03.07");

        assertThat(map(row).violations()).containsExactlyInAnyOrder(
                new Violation("START", "date.valid", "2020-01-01", "must be a real date written yyyyMMdd"),
                new Violation("END", "date.valid", "2024-02-30",
                        "must be a real date written yyyyMMdd, yyyy-MM-dd or yyyy/M/d"),
                new Violation("BORN", "date.valid", "1990.03.07",
                        "must be a real date written yyyyMMdd, yyyy-MM-dd or yyyy/M/d"));
    }

    @Test
    void aSexThatIsNoCodeIsAViolationAndLabelsAreRead() throws Exception {
        assertThat(mapWith("SEX", "M").violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SEX", "sex.valid", "M"));
        assertThat(mapWith("SEX", "女").subject().sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void theKeyAndTheUpdateTimeAreChecked() throws Exception {
        Map<String, String> row = row();
        row.put("PENSION_NO", " ");
        row.put("UPDATED", "yesterday");

        assertThat(map(row).violations()).extracting(Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PENSION_NO", "key.present"),
                org.assertj.core.groups.Tuple.tuple("UPDATED", "time.valid"));
    }

    @Test
    void everyViolationOfARecordIsReportedAtOnce() throws Exception {
        Map<String, String> row = row();
        row.put("ID_CARD", "X");
        row.put("SEX", "7");
        row.put("STATUS", "0");
        row.put("START", "0");

        assertThat(map(row).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("ID_CARD", "SEX", "STATUS", "START");
    }

    @Test
    void tagKindAndStatusReadFromFieldsMustBeTheirCodes() throws Exception {
        GenericMapper m = mapper("""
                record.type = care
                record.key = NO
                record.version = T
                source.fields = NO, NAME, KIND, STATE, T
                person.name = NAME
                tag.kind = KIND
                tag.status = trim(STATE)
                """);
        Map<String, String> row = new LinkedHashMap<>(Map.of("NO", "1", "NAME", "李四", "KIND", "elderly-care",
                "STATE", "ended", "T", "2024-05-01"));

        assertThat(m.map(record(row, "NO", "T")).subject().tags()).containsExactly(new Tag(TagKind.ELDERLY_CARE, TagStatus.ENDED,
                null, null, null, null));

        row.put("KIND", "养老");
        row.put("STATE", "");
        assertThat(m.map(record(row, "NO", "T")).violations()).extracting(Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KIND", "tagKind.valid"),
                org.assertj.core.groups.Tuple.tuple("STATE", "field.present"));
    }

    @Test
    void aTagWithoutStatusIsActiveAndCodeTablesMayGiveTextOrSex() throws Exception {
        GenericMapper m = mapper("""
                record.type = care
                record.key = NO
                record.version = T
                source.fields = NO, NAME, GENDER, LEVEL, T
                person.name = NAME
                person.sex = code(GENDER; M=男, F=2)
                tag.kind = code(LEVEL; A=elderly-care, B=elderly-alone)
                tag.detail = code(LEVEL; A=居家养老, B="独居, 需探访")
                """);
        Map<String, String> row = new LinkedHashMap<>(Map.of("NO", "1", "NAME", "李四", "GENDER", "F", "LEVEL", "B",
                "T", "2024-05-01"));

        PersonFragment p = m.map(record(row, "NO", "T")).subject();

        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.tags()).containsExactly(new Tag(TagKind.ELDERLY_ALONE, TagStatus.ACTIVE, "独居, 需探访", null,
                null, null));
        row.put("LEVEL", "C");
        assertThat(m.map(record(row, "NO", "T")).violations()).extracting(Violation::rule)
                .containsExactly("code.tag.kind", "code.tag.detail");
        row.put("LEVEL", "");
        assertThat(m.map(record(row, "NO", "T")).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LEVEL", "field.present"));
    }

    @Test
    void aMappingWithoutATagGivesAPersonWithoutTags() throws Exception {
        GenericMapper m = mapper("""
                record.type = resident
                record.key = NO
                record.version = T
                source.fields = NO, NAME, T
                person.name = NAME
                """);

        Mapping mapped = m.map(record(new LinkedHashMap<>(Map.of("NO", "1", "NAME", "李四", "T", "2024-05-01")), "NO", "T"));

        assertThat(mapped.subject().tags()).isEmpty();
        assertThat(mapped.sourceField()).containsExactly(Map.entry("name", "NAME"));
    }

    @Test
    void aRowThatDoesNotLineUpWithItsHeaderIsRejectedNamingTheFieldsItLacks() throws Exception {
        Map<String, String> row = row();
        row.remove("AMOUNT");
        row.remove("UPDATED");
        row.put(RowFields.FILE, "pension_20240501.csv");
        row.put(RowFields.ROW, "7");
        row.put(RowFields.COLUMNS, "10/12");

        assertThat(map(row).violations()).containsExactly(
                new Violation("AMOUNT", "row.columns", "", "pension_20240501.csv row 7 has 10 values but its header "
                        + "has 12 columns: AMOUNT is missing"),
                new Violation("UPDATED", "row.columns", "", "pension_20240501.csv row 7 has 10 values but its header "
                        + "has 12 columns: UPDATED is missing"));
    }

    @Test
    void aRowWithValuesBeyondItsHeaderIsRejectedAsAWhole() throws Exception {
        Map<String, String> row = row();
        row.put(RowFields.column(13), "extra");
        row.put(RowFields.FILE, "pension_20240501.csv");
        row.put(RowFields.ROW, "3");
        row.put(RowFields.COLUMNS, "13/12");

        assertThat(map(row).violations()).containsExactly(new Violation(RowFields.COLUMNS, "row.columns", "13/12",
                "pension_20240501.csv row 3 has 13 values but its header has 12 columns: the values do not line up "
                        + "with the columns"));
    }
}
