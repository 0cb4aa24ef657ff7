package org.civichub.connector.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.generic.internal.mapping.MappingParser;
import org.civichub.model.Sex;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.util.converter.Converters;

/**
 * The worked example of docs/connectors.md (generic connector) ({@code src/test/resources/docs}): its mapping
 * and both its configurations start a connector, a row maps as the text says, and the refusal the
 * text shows is the one the connector gives.
 */
class DocsExampleTest {

    static final String REFUSED = """
            record.type    = canji
            record.key     = 证号
            record.version = 更新时间
            source.fields  = 证号, 身份证号, 姓名, 残疾类别, 有效期至, 状态, 更新时间
            person.idNumber = 身份证号
            person.nmae     = trim(姓名)
            tag.kind        = constant(残疾)
            tag.status      = code(状态; 有效=active, 挂失=lost)
            tag.to          = date(有效期, yyyy年M月d日)
            """;

    static final String REFUSAL = """
            mapping file /opt/civichub/etc/civichub/canji.mapping is refused (4 problems):
              /opt/civichub/etc/civichub/canji.mapping line 6, person.nmae: unknown target; the targets are \
            person.idNumber, person.name, person.sex, person.birthDate, person.registeredAddress, \
            person.currentAddress, tag.kind, tag.status, tag.detail, tag.grade, tag.from, tag.to, and the record is \
            described by record.type, record.key, record.version, source.fields
              /opt/civichub/etc/civichub/canji.mapping line 7, tag.kind: constant(残疾) is not a tag kind: subsistence, \
            extreme-poverty, temporary-assistance, disability, deceased, employed, unemployed, insured, elderly-alone, \
            elderly-care, newborn, parent, marital, floating
              /opt/civichub/etc/civichub/canji.mapping line 8, tag.status: the code table gives lost, which is not a \
            tag status: active, suspended, ended
              /opt/civichub/etc/civichub/canji.mapping line 9, tag.to: the field 有效期 is not in source.fields (证号, \
            身份证号, 姓名, 残疾类别, 有效期至, 状态, 更新时间)""";

    @TempDir
    Path dir;

    private GenericConnector connector(String cfg) throws Exception {
        Path etc = dir.resolve("etc");
        Files.createDirectories(etc.resolve("civichub"));
        Files.copy(Path.of("src/test/resources/docs/canji.mapping"), etc.resolve("civichub/canji.mapping"));
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/test/resources/docs/" + cfg), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Object> m = new HashMap<>();
        p.forEach((k, v) -> m.put((String) k, ((String) v).replace("${karaf.etc}", etc.toString())));
        return new GenericConnector(Converters.standardConverter().convert(m).to(GenericConnector.Config.class),
                id -> Optional.empty());
    }

    private static Map<String, String> row() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("证号", "35020319900307777741");
        row.put("身份证号", Drops.idNumber(7));
        row.put("姓名", " 陈 小明 ");
        row.put("性别", "男");
        row.put("残疾类别", "4");
        row.put("残疾等级", "2");
        row.put("发证日期", "2023/5/7");
        row.put("有效期至", "2033年5月6日");
        row.put("状态", "有效");
        row.put("居住地址", "思明区大同路12号3栋1单元502室");
        row.put("更新时间", "2024-05-07 16:30:00");
        return row;
    }

    @Test
    void theDropInstanceStartsAndMapsARowAsTheTextSays() throws Exception {
        GenericConnector c = connector("org.civichub.connector.generic-canji.cfg");

        assertThat(c.id()).isEqualTo("canji-drop");
        assertThat(c.department()).isEqualTo("canlian");
        assertThat(c.recordTypes()).containsExactly("canji");
        Mapping m = c.mapper().map(new SourceRecord(new SourceKey("canlian", "canji", "35020319900307777741"),
                "2024-05-07 16:30:00", Instant.EPOCH, Instant.EPOCH, row()));

        assertThat(m.subject().name()).isEqualTo("陈 小明");
        assertThat(m.subject().sex()).isEqualTo(Sex.MALE);
        assertThat(m.subject().currentAddress().room()).isEqualTo("502");
        assertThat(m.subject().tags()).containsExactly(new Tag(TagKind.DISABILITY, TagStatus.ACTIVE, "肢体", "2",
                LocalDate.of(2023, 5, 7), LocalDate.of(2033, 5, 6)));
    }

    @Test
    void aRowBreakingTheMappingIsQuarantinedWithTheViolationsTheTextShows() throws Exception {
        GenericConnector c = connector("org.civichub.connector.generic-canji.cfg");
        Map<String, String> row = row();
        row.put("状态", "过期");
        row.put("有效期至", "2033-05-06");

        Mapping m = c.mapper().map(new SourceRecord(new SourceKey("canlian", "canji", "35020319900307777741"),
                "2024-05-07 16:30:00", Instant.EPOCH, Instant.EPOCH, row));

        assertThat(m.violations()).containsExactly(
                new Violation("状态", "code.tag.status", "过期",
                        "not in the code table of tag.status (" + dir.resolve("etc/civichub/canji.mapping")
                                + " line 14), which lists 有效, 挂失, 注销"),
                new Violation("有效期至", "date.valid", "2033-05-06", "must be a real date written yyyy年M月d日"));
    }

    @Test
    void theApiInstanceStarts() throws Exception {
        GenericConnector c = connector("org.civichub.connector.generic-canji-api.cfg");

        assertThat(c.id()).isEqualTo("canji-api");
        assertThat(c.recordTypes()).containsExactly("canji");
    }

    @Test
    void theRefusalTheTextShowsIsTheOneGiven() {
        assertThatThrownBy(() -> MappingParser.parse("/opt/civichub/etc/civichub/canji.mapping", REFUSED))
                .hasMessage(REFUSAL);
    }
}
