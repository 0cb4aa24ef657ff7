package org.civichub.connector.generic.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civichub.connector.generic.internal.mapping.Expression.Code;
import org.civichub.connector.generic.internal.mapping.Expression.Concat;
import org.civichub.connector.generic.internal.mapping.Expression.Constant;
import org.civichub.connector.generic.internal.mapping.Expression.DateOf;
import org.civichub.connector.generic.internal.mapping.Expression.FieldValue;
import org.civichub.connector.generic.internal.mapping.Expression.Part;
import org.civichub.connector.generic.internal.mapping.Expression.Trim;
import org.civichub.connector.generic.internal.mapping.MappingException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingParserTest {

    static final String FILE = "pension.mapping";

    /** The header every test mapping starts with: lines 1 to 5. */
    static final String HEAD = """
            # one source record = facts about one person
            record.type    = pension              # the record type (the file stem in record keys)
            record.key     = PENSION_NO
            record.version = UPDATED               # the update time as sent
            source.fields  = PENSION_NO, ID_CARD, NAME, SEX, STATUS, START, END, CITY, STREET, UPDATED
            """;

    static final String PENSION = HEAD + """
            person.idNumber = ID_CARD
            person.name     = trim(NAME)
            tag.kind        = constant(insured)
            tag.status      = code(STATUS; 1=active, 2=suspended, 3=ended)
            tag.detail      = constant(养老)
            tag.from        = date(START, yyyyMMdd)
            """;

    /** The header and an ID number: a mapping that names its person, to which a line under test is added. */
    static final String ID = HEAD + "person.idNumber = ID_CARD\n";

    private static MappingException refusal(String text) {
        return catchThrowableOfType(MappingException.class, () -> MappingParser.parse(FILE, text));
    }

    /** The single problem of a refused mapping. */
    private static Problem problem(String text) {
        MappingException e = refusal(text);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).as(e.getMessage()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void readsAFullMappingWithEveryTransformAndTarget() throws Exception {
        RecordMapping m = MappingParser.parse(FILE, HEAD + """
                person.idNumber          = ID_CARD
                person.name              = trim(NAME)
                person.sex               = code(SEX; M=1, F=2, "?"=0)
                person.birthDate         = date(START)
                person.registeredAddress = concat(CITY, " ", STREET)   # joined with a space
                person.currentAddress    = STREET
                tag.kind                 = constant(insured)
                tag.status               = code(STATUS; 1=active, 2=suspended, 3=ended)
                tag.detail               = constant("养老 #1, 城镇")
                tag.grade                = STATUS
                tag.from                 = date(START, yyyyMMdd)
                tag.to                   = date(END, "d MMM, yyyy")
                """);

        assertThat(m.file()).isEqualTo(FILE);
        assertThat(m.recordType()).isEqualTo("pension");
        assertThat(m.keyField()).isEqualTo("PENSION_NO");
        assertThat(m.versionField()).isEqualTo("UPDATED");
        assertThat(m.sourceFields()).containsExactly("PENSION_NO", "ID_CARD", "NAME", "SEX", "STATUS", "START", "END",
                "CITY", "STREET", "UPDATED");
        assertThat(m.rules().keySet()).containsExactly(Target.values());
        assertThat(m.rules().values()).extracting(MappingRule::line).containsExactly(6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16, 17);
        assertThat(m.rule(Target.PERSON_ID_NUMBER).orElseThrow().expression()).isEqualTo(new FieldValue("ID_CARD"));
        assertThat(m.rule(Target.PERSON_NAME).orElseThrow().expression()).isEqualTo(new Trim("NAME"));
        assertThat(m.rule(Target.PERSON_SEX).orElseThrow().expression())
                .isEqualTo(new Code("SEX", Map.of("M", "1", "F", "2", "?", "0")));
        assertThat(m.rule(Target.PERSON_BIRTH_DATE).orElseThrow().expression()).isEqualTo(new DateOf("START", null));
        assertThat(m.rule(Target.PERSON_REGISTERED_ADDRESS).orElseThrow().expression()).isEqualTo(new Concat(List.of(
                new Part("CITY", false), new Part(" ", true), new Part("STREET", false))));
        assertThat(m.rule(Target.TAG_KIND).orElseThrow().expression()).isEqualTo(new Constant("insured"));
        assertThat(m.rule(Target.TAG_DETAIL).orElseThrow().expression()).isEqualTo(new Constant("养老 #1, 城镇"));
        assertThat(m.rule(Target.TAG_GRADE).orElseThrow().expression()).isEqualTo(new FieldValue("STATUS"));
        DateOf to = (DateOf) m.rule(Target.TAG_TO).orElseThrow().expression();
        assertThat(to.pattern().pattern()).isEqualTo("d MMM, yyyy");
        assertThat(m.hasTag()).isTrue();
    }

    @Test
    void readsTheBriefsPensionExampleAndKeepsTheCodeTableInItsOrder() throws Exception {
        RecordMapping m = MappingParser.parse(FILE, PENSION);

        Code status = (Code) m.rule(Target.TAG_STATUS).orElseThrow().expression();
        assertThat(status.table()).containsExactly(Map.entry("1", "active"), Map.entry("2", "suspended"),
                Map.entry("3", "ended"));
        DateOf from = (DateOf) m.rule(Target.TAG_FROM).orElseThrow().expression();
        assertThat(from.pattern().parse("20240229")).contains(LocalDate.of(2024, 2, 29));
        assertThat(from.pattern().parse("20230229")).isEmpty();
    }

    @Test
    void aMappingWithoutATagIsFine() throws Exception {
        RecordMapping m = MappingParser.parse(FILE, HEAD + "person.name = NAME\n");

        assertThat(m.hasTag()).isFalse();
        assertThat(m.rules()).containsOnlyKeys(Target.PERSON_NAME);
    }

    @Test
    void aFieldNotInSourceFieldsIsRefusedNamingTheFileTheLineTheTargetAndTheField() {
        MappingException e = refusal(PENSION.replace("code(STATUS;", "code(STATE;"));

        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.problems()).containsExactly(new Problem(9, "tag.status", "the field STATE is not in "
                + "source.fields (PENSION_NO, ID_CARD, NAME, SEX, STATUS, START, END, CITY, STREET, UPDATED)"));
        assertThat(e.getMessage()).startsWith("mapping file pension.mapping is refused (1 problem):")
                .contains("pension.mapping line 9, tag.status: the field STATE is not in source.fields");
    }

    @Test
    void aFieldNotInSourceFieldsIsRefusedInEveryTransform() {
        assertThat(problem(HEAD + "person.name = NAME2\n").text()).startsWith("the field NAME2 is not in source.fields");
        assertThat(problem(HEAD + "person.name = trim(NAME2)\n").text()).startsWith("the field NAME2");
        assertThat(problem(HEAD + "person.name = NAME\nperson.birthDate = date(BORN)\n").text())
                .startsWith("the field BORN");
        assertThat(problem(HEAD + "person.name = concat(CITY, \"-\", STREET2)\n").text()).startsWith("the field STREET2");
        assertThat(problem(HEAD + "person.name = NAME\nperson.sex = code(GENDER; M=1)\n").text())
                .startsWith("the field GENDER");
    }

    @Test
    void theRecordKeyAndVersionMustBeSourceFields() {
        MappingException e = refusal(HEAD.replace("= PENSION_NO\n", "= PENSION_ID\n")
                .replace("= UPDATED ", "= CHANGED ") + "person.name = NAME\n");

        assertThat(e.problems()).extracting(Problem::line, Problem::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "record.key"), org.assertj.core.groups.Tuple.tuple(4, "record.version"));
        assertThat(e.getMessage()).contains("line 3, record.key: the field PENSION_ID is not in source.fields")
                .contains("line 4, record.version: the field CHANGED is not in source.fields");
    }

    @Test
    void anUnknownTargetIsRefusedListingTheTargets() {
        Problem p = problem(HEAD + "person.name = NAME\nperson.nam = NAME\n");

        assertThat(p.line()).isEqualTo(7);
        assertThat(p.subject()).isEqualTo("person.nam");
        assertThat(p.text()).startsWith("unknown target; the targets are person.idNumber, person.name")
                .contains("tag.to").contains("record.type, record.key, record.version, source.fields");
    }

    @Test
    void anUnknownTransformIsRefusedListingTheTransforms() {
        Problem p = problem(HEAD + "person.name = upper(NAME)\n");

        assertThat(p).extracting(Problem::line, Problem::subject).containsExactly(6, "person.name");
        assertThat(p.text()).isEqualTo("unknown transform upper(...); the transforms are " + ExpressionParser.TRANSFORMS);
    }

    @Test
    void malformedLinesAreRefused() {
        assertThat(problem(ID + "person.name NAME\n")).isEqualTo(new Problem(7, "person.name NAME",
                "malformed line: expected <target> = <expression>"));
        assertThat(problem(ID + "= NAME\n").text()).isEqualTo("malformed line: expected <target> = <expression>");
        assertThat(problem(ID + "person.name =   # nothing\n"))
                .isEqualTo(new Problem(7, "person.name", "malformed line: nothing after '='"));
        assertThat(problem(ID + "person.name = constant(\"王五)\n").text())
                .isEqualTo("malformed line: a quote is not closed");
        assertThat(problem(ID + "person.name = trim(NAME\n").text())
                .isEqualTo("trim(...) is not closed by a ')' at the end");
        assertThat(problem(ID + "person.name = trim(NAME, CITY)\n").text())
                .isEqualTo("trim(F) takes one field, not 2 arguments");
        assertThat(problem(ID + "person.name = NAME\nperson.birthDate = date(START, yyyy, MM)\n").text())
                .startsWith("date(F) or date(F, pattern) takes at most two arguments");
        assertThat(problem(ID + "person.name = code(NAME, a=b)\n").text())
                .isEqualTo("code(F; value=code, ...) separates its field from its table with ';'");
        assertThat(problem(ID + "person.name = code(NAME; a=b, c)\n").text())
                .isEqualTo("the code table entry 'c' is not value=code");
        assertThat(problem(ID + "person.name = code(NAME; a=b, =c)\n").text())
                .isEqualTo("the code table entry '=c' has an empty side");
        assertThat(problem(ID + "person.name = code(NAME; a=b, a=c)\n").text())
                .isEqualTo("the code table lists a twice");
        assertThat(problem(ID + "person.name = concat(NAME)\n").text())
                .isEqualTo("concat(...) joins two or more parts, at least one of them a field");
        assertThat(problem(ID + "person.name = concat(\"a\", \"b\")\n").text())
                .isEqualTo("concat(...) joins two or more parts, at least one of them a field");
        assertThat(problem(ID + "person.name = concat(NAME, , CITY)\n").text()).isEqualTo("an argument is empty");
        assertThat(problem(ID + "person.name = constant()\n").text()).isEqualTo("constant(...) is empty");
        assertThat(problem(ID + "person.name = constant(a \"b\")\n").text()).startsWith("quote a literal whole");
        assertThat(problem(ID + "person.name = \"NAME\"\n").text())
                .isEqualTo("\"NAME\" is literal text where a field name belongs (write constant(NAME) for text)");
        assertThat(problem(ID + "person.name = trim(code(NAME; a=b))\n").text())
                .isEqualTo("transforms do not nest: code(NAME; a=b)");
    }

    @Test
    void badDatePatternsAreRefused() {
        String base = HEAD + "person.name = NAME\n";

        assertThat(problem(base + "tag.kind = constant(insured)\ntag.from = date(START, yyyyMMbb)\n"))
                .extracting(Problem::line, Problem::subject).containsExactly(8, "tag.from");
        assertThat(problem(base + "person.birthDate = date(START, yyyyMMbb)\n").text())
                .startsWith("bad date pattern: 'yyyyMMbb' is not a date pattern: Unknown pattern letter: b");
        assertThat(problem(base + "person.birthDate = date(START, HH:mm)\n").text())
                .isEqualTo("bad date pattern: 'HH:mm' is not a date pattern: it must write a whole date "
                        + "(year, month and day), e.g. yyyyMMdd or yyyy-MM-dd");
        assertThat(problem(base + "person.birthDate = date(START, yyyyMM)\n").text()).contains("a whole date");
        assertThat(problem(base + "person.birthDate = date(START, \"\")\n").text())
                .isEqualTo("bad date pattern: the date pattern is empty");
    }

    @Test
    void aDatePatternWithATimeOfDayReadsTheDate() throws Exception {
        RecordMapping m = MappingParser.parse(FILE, HEAD + "person.name = NAME\n"
                + "person.birthDate = date(START, \"yyyy-MM-dd HH:mm:ss\")\n");

        DateOf d = (DateOf) m.rule(Target.PERSON_BIRTH_DATE).orElseThrow().expression();
        assertThat(d.pattern().parse("2024-05-07 23:59:59")).contains(LocalDate.of(2024, 5, 7));
        assertThat(d.pattern().parse("2024-05-07 24:00:00")).isEmpty();
    }

    @Test
    void aConstantTagKindThatIsNoTagKindIsRefusedListingTheKinds() {
        Problem p = problem(PENSION.replace("constant(insured)", "constant(pension)"));

        assertThat(p).extracting(Problem::line, Problem::subject).containsExactly(8, "tag.kind");
        assertThat(p.text()).startsWith("constant(pension) is not a tag kind: subsistence, extreme-poverty")
                .contains("insured").contains("floating");
    }

    @Test
    void codeTablesAndConstantsOfCodedTargetsMustGiveValidCodes() {
        assertThat(problem(PENSION.replace("3=ended", "3=stopped, 4=gone")).text())
                .isEqualTo("the code table gives gone, stopped, which is not a tag status: active, suspended, ended");
        assertThat(problem(PENSION.replace("constant(insured)", "code(STATUS; 1=insured, 2=pensioner)")).text())
                .startsWith("the code table gives pensioner, which is not a tag kind");
        assertThat(problem(HEAD + "person.name = NAME\nperson.sex = constant(M)\n").text())
                .isEqualTo("constant(M) is not a GB/T 2261.1 sex code (0, 1, 2, 9) or 男/女");
        assertThat(problem(HEAD + "person.name = NAME\nperson.sex = concat(SEX, \"x\")\n").text())
                .startsWith("person.sex takes a GB/T 2261.1 sex code");
        assertThat(problem(PENSION.replace("constant(insured)", "date(START)")).text())
                .startsWith("tag.kind takes a tag kind: ");
    }

    @Test
    void eachTargetTakesOnlyWhatFitsIt() {
        String base = HEAD + "person.name = NAME\n";

        assertThat(problem(HEAD + "person.idNumber = concat(ID_CARD, \"X\")\n").text())
                .isEqualTo("person.idNumber is read from one field as it is: write the field's name");
        assertThat(problem(HEAD + "person.idNumber = constant(110101199003077777)\n").text())
                .startsWith("person.idNumber is read from one field");
        assertThat(problem(HEAD + "person.name = date(START)\n").text())
                .isEqualTo("date(...) makes a date; person.name takes text");
        assertThat(problem(base + "person.birthDate = trim(START)\n").text())
                .isEqualTo("person.birthDate takes a date: write date(F) or date(F, pattern)");
        assertThat(problem(base + "person.birthDate = constant(2020-01-01)\n").text())
                .startsWith("person.birthDate takes a date");
    }

    @Test
    void aTagWithoutAKindIsRefusedOnItsFirstLine() {
        Problem p = problem(HEAD + "person.name = NAME\ntag.detail = constant(养老)\ntag.from = date(START)\n");

        assertThat(p).isEqualTo(new Problem(7, "tag.detail", "a tag needs tag.kind, e.g. tag.kind = constant(insured)"));
    }

    @Test
    void aMappingThatNeitherIdentifiesNorNamesThePersonIsRefused() {
        Problem p = problem(HEAD + "person.sex = SEX\n");

        assertThat(p.line()).isZero();
        assertThat(p.subject()).isEqualTo("person");
        assertThat(refusal(HEAD + "person.sex = SEX\n").getMessage())
                .contains("  pension.mapping, person: the mapping sets neither person.idNumber nor person.name");
    }

    @Test
    void aKeySetTwiceIsRefusedNamingBothLines() {
        Problem p = problem(HEAD + "person.name = NAME\nperson.name = trim(NAME)\n");

        assertThat(p).isEqualTo(new Problem(7, "person.name", "is set twice (first on line 6)"));
        assertThat(problem(HEAD + "record.key = ID_CARD\nperson.name = NAME\n"))
                .isEqualTo(new Problem(6, "record.key", "is set twice (first on line 3)"));
    }

    @Test
    void everyMissingHeaderKeyIsRefused() {
        MappingException e = refusal("person.name = NAME\n");

        assertThat(e.problems()).extracting(Problem::subject)
                .containsExactlyInAnyOrder("source.fields", "record.type", "record.key", "record.version");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isZero());
        assertThat(e.getMessage()).contains("pension.mapping, record.key: is missing: name the field that holds "
                + "the record's key");
    }

    @Test
    void malformedHeaderValuesAreRefused() {
        assertThat(problem(HEAD.replace("= pension ", "= Pension/2 ") + "person.name = NAME\n"))
                .isEqualTo(new Problem(2, "record.type", "'Pension/2' is not lower-case letters, digits, '_' and '-': "
                        + "it is the middle of every record key"));
        assertThat(problem(HEAD.replace("= PENSION_NO\n", "= trim(PENSION_NO)\n") + "person.name = NAME\n").text())
                .isEqualTo("record.key names one field as it is: transforms do not nest: trim(PENSION_NO)");
        assertThat(problem(HEAD.replace("UPDATED\n", "UPDATED, NAME\n") + "person.name = NAME\n"))
                .isEqualTo(new Problem(5, "source.fields", "names NAME twice"));
        assertThat(problem(HEAD.replace("UPDATED\n", "UPDATED,\n") + "person.name = NAME\n"))
                .isEqualTo(new Problem(5, "source.fields", "an argument is empty"));
    }

    @Test
    void everyProblemIsReportedAtOnceInLineOrder() {
        MappingException e = refusal(HEAD + """
                person.nam = NAME
                person.name = trim(NAME2)
                tag.kind = constant(pension)
                tag.from = date(START, qq)
                """ + "record.type = again\n");

        assertThat(e.problems()).extracting(Problem::line).containsExactly(6, 7, 8, 9, 10);
        assertThat(e.getMessage()).startsWith("mapping file pension.mapping is refused (5 problems):\n"
                + "  pension.mapping line 6, person.nam: unknown target");
        assertThat(e.getMessage().lines()).hasSize(6);
    }

    @Test
    void commentsAndQuotedTextAreRead() throws Exception {
        RecordMapping m = MappingParser.parse(FILE, HEAD + """
                   # an indented comment
                person.name = NAME#a comment right after the field
                person.currentAddress = concat(CITY, "#", STREET, " \\"东\\" \\\\")
                tag.kind = constant(insured)
                tag.detail = code(STATUS; "a=b"="养老=1", 2 = 医疗 )
                """);

        assertThat(m.rule(Target.PERSON_NAME).orElseThrow().expression()).isEqualTo(new FieldValue("NAME"));
        assertThat(m.rule(Target.PERSON_CURRENT_ADDRESS).orElseThrow().expression()).isEqualTo(new Concat(List.of(
                new Part("CITY", false), new Part("#", true), new Part("STREET", false), new Part(" \"东\" \\", true))));
        assertThat(((Code) m.rule(Target.TAG_DETAIL).orElseThrow().expression()).table())
                .containsExactly(Map.entry("a=b", "养老=1"), Map.entry("2", "医疗"));
    }

    @Test
    void fieldNamesMayBeChineseAndHoldParentheses() throws Exception {
        RecordMapping m = MappingParser.parse(FILE, """
                record.type = subsidy
                record.key = 编号
                record.version = 更新时间
                source.fields = 编号, 身份证号, 姓名, 金额(元), 更新时间
                person.idNumber = 身份证号
                person.name = trim(姓名)
                tag.kind = constant(subsistence)
                tag.grade = 金额(元)
                """);

        assertThat(m.rule(Target.TAG_GRADE).orElseThrow().expression()).isEqualTo(new FieldValue("金额(元)"));
    }

    @Test
    void loadsAUtf8FileWithOrWithoutAByteOrderMarkAndWindowsLineEnds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pension.mapping");
        Files.writeString(file, "\uFEFF" + PENSION.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        RecordMapping m = MappingParser.load(file);

        assertThat(m.file()).isEqualTo(file.toString());
        assertThat(m.recordType()).isEqualTo("pension");
        assertThat(m.rule(Target.TAG_DETAIL).orElseThrow().expression()).isEqualTo(new Constant("养老"));
        assertThat(m.rule(Target.TAG_FROM).orElseThrow().line()).isEqualTo(11);
    }

    @Test
    void aRefusalOfALoadedFileNamesItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pension.mapping");
        Files.writeString(file, PENSION.replace("constant(insured)", "constant(pension)"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MappingParser.load(file)).isInstanceOf(MappingException.class)
                .hasMessageContaining(file + " line 8, tag.kind: constant(pension) is not a tag kind");
    }

    @Test
    void aMissingOrNonUtf8FileIsRefused(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.mapping");
        assertThatThrownBy(() -> MappingParser.load(missing))
                .hasMessage("mapping file " + missing + " is refused (1 problem):\n  " + missing
                        + ", mapping: the file does not exist");

        Path gbk = dir.resolve("gbk.mapping");
        Files.write(gbk, PENSION.getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> MappingParser.load(gbk)).hasMessageEndingWith("mapping: the file is not UTF-8 text");

        assertThatThrownBy(() -> MappingParser.load(dir)).hasMessageContaining("mapping: the file cannot be read");
    }
}
