package org.civichub.connector.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.generic.internal.mapping.GenericMapper;
import org.civichub.connector.generic.internal.mapping.MappingParser;
import org.civichub.connector.generic.internal.mapping.RecordMapping;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The csv-drop source on real files written in GBK, through the kit's sync run. */
class CsvDropSourceTest {

    @TempDir
    Path dir;

    private Path drop;
    private RecordMapping mapping;
    private final TestHub hub = new TestHub();

    @BeforeEach
    void setUp() throws Exception {
        drop = dir.resolve("drop");
        Files.createDirectories(drop);
        mapping = MappingParser.parse("pension.mapping", Drops.PENSION_MAPPING);
    }

    private GenericSettings settings(CsvDropSettings csv, int pageSize) {
        return new GenericSettings("pension-test", "labour", dir.resolve("pension.mapping"), csv, pageSize,
                Duration.ZERO, 0, Duration.ZERO, Duration.ZERO, 3, Duration.ofMinutes(2));
    }

    private CsvDropSettings csv(String glob, boolean requireOk, String charset, String delimiter) {
        return CsvDropSettings.of(drop.toString(), glob, requireOk, charset, delimiter, "", "");
    }

    private int sync(CsvDropSettings csv, int pageSize) throws Exception {
        GenericSettings s = settings(csv, pageSize);
        return hub.sync(GenericConnector.source(s, mapping, Clock.systemUTC()), s.sync());
    }

    private int sync(int pageSize) throws Exception {
        return sync(csv("pension_*.csv", true, "GBK", ","), pageSize);
    }

    private static List<String> keys(List<SourceRecord> records) {
        return records.stream().map(r -> r.key().sourceId()).toList();
    }

    private String reason(String name) throws Exception {
        return Files.readString(drop.resolve("error").resolve(name + ".reason.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheCompleteFilesInNameOrderInPagesAndMovesEachToDoneOnceStored() throws Exception {
        Drops.drop(drop, "pension_20240502.csv", Drops.csv(5, 8));
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 5));

        assertThat(sync(2)).isEqualTo(8);

        assertThat(keys(hub.records())).containsExactly("YL000000", "YL000001", "YL000002", "YL000003", "YL000004",
                "YL000005", "YL000006", "YL000007");
        assertThat(hub.batches).extracting(b -> b.records().size()).containsExactly(2, 2, 1, 2, 1);
        assertThat(hub.batches).extracting(b -> b.watermarkAfter()).containsExactly(null, null,
                "pension=pension_20240501.csv", null, "pension=pension_20240502.csv");
        assertThat(Files.list(drop).map(p -> p.getFileName().toString())).containsExactly("done");
        assertThat(Files.list(drop.resolve("done")).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "pension_20240501.csv", "pension_20240501.csv.ok", "pension_20240502.csv", "pension_20240502.csv.ok");
        assertThat(sync(2)).as("a stored file is never read again").isZero();
    }

    @Test
    void eachRowIsARecordOfTheMappingsTypeWithEveryValueAsReadAndWhereItWasRead() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(Drops.HEADER + ",备注",
                "YL000001 ,\" " + Drops.idNumber(1) + "\",  王　五 ,2,20200101,2024-05-01 08:00:00,\"含,逗号\""));

        sync(500);

        SourceRecord r = hub.records().get(0);
        assertThat(r.key().recordKey()).isEqualTo("labour/pension/YL000001 ");
        assertThat(r.sourceVersion()).isEqualTo("2024-05-01 08:00:00");
        assertThat(r.updatedAt()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(r.payload()).containsExactly(Map.entry("养老编号", "YL000001 "),
                Map.entry("身份证号", " " + Drops.idNumber(1)), Map.entry("姓名", "  王　五 "), Map.entry("状态", "2"),
                Map.entry("起始日期", "20200101"), Map.entry("更新时间", "2024-05-01 08:00:00"),
                Map.entry("备注", "含,逗号"), Map.entry("_file", "pension_20240501.csv"), Map.entry("_row", "2"));
        Mapping m = new GenericMapper(mapping).map(r);
        assertThat(m.subject().name()).isEqualTo("王 五");
        assertThat(m.subject().isLinkable()).isTrue();
        assertThat(m.subject().tags()).containsExactly(new Tag(TagKind.INSURED, TagStatus.SUSPENDED, "养老", null,
                LocalDate.of(2020, 1, 1), null));
    }

    @Test
    void filesWithoutTheirMarkerAndFilesTheGlobDoesNotMatchAreLeftAlone() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 2).getBytes(Drops.GBK), false);
        Drops.drop(drop, "births_20240501.csv", Drops.csv(2, 3));
        Drops.drop(drop, ".pension_20240502.csv", Drops.csv(3, 4));
        Drops.drop(drop, "pension_20240503.csv", Drops.csv(4, 5));

        assertThat(sync(500)).isEqualTo(1);

        assertThat(keys(hub.records())).containsExactly("YL000004");
        assertThat(drop.resolve("pension_20240501.csv")).exists();
        assertThat(drop.resolve("births_20240501.csv")).exists();
        assertThat(drop.resolve(".pension_20240502.csv")).exists();
    }

    @Test
    void withoutMarkersRequiredAFileIsReadAsSoonAsItIsThere() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 2).getBytes(Drops.GBK), false);

        assertThat(sync(csv("pension_*.csv", false, "GBK", ","), 500)).isEqualTo(2);
        assertThat(drop.resolve("done/pension_20240501.csv")).exists();
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndAnotherDelimiterWhenConfigured() throws Exception {
        String text = "\uFEFF" + Drops.csv(0, 3).replace(',', '|');
        Drops.drop(drop, "pension.txt", text.getBytes(StandardCharsets.UTF_8), true);

        assertThat(sync(csv("*.txt", true, "UTF-8", "|"), 500)).isEqualTo(3);
        assertThat(hub.records().get(0).payload()).containsKey("养老编号").containsEntry("姓名", "养老人0");
    }

    @Test
    void aFileThatIsNotGbkGoesToTheErrorFolderWithItsReasonAndTheRunGoesOn() throws Exception {
        byte[] good = Drops.csv(0, 2).getBytes(Drops.GBK);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0x81;
        bad[good.length + 1] = (byte) 0x0A;
        Drops.drop(drop, "pension_20240501.csv", bad, true);
        Drops.drop(drop, "pension_20240502.csv", Drops.csv(2, 4));

        assertThat(sync(500)).isEqualTo(2);

        assertThat(keys(hub.records())).containsExactly("YL000002", "YL000003");
        assertThat(drop.resolve("error/pension_20240501.csv")).exists();
        assertThat(drop.resolve("error/pension_20240501.csv.ok")).exists();
        assertThat(reason("pension_20240501.csv")).contains("file: pension_20240501.csv\n", "rule: csv.charset\n",
                "at: line 4\n", "reason: the bytes 81 are not GBK text; the files of this drop are encoded in GBK\n",
                "rejected: ");
    }

    @Test
    void aFileWhoseHeaderLacksAMappedFieldGoesToTheErrorFolderNamingIt() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv("养老编号,身份证号,姓名,更新时间",
                "YL1," + Drops.idNumber(1) + ",王五,2024-05-01"));

        assertThat(sync(500)).isZero();

        assertThat(reason("pension_20240501.csv")).contains("rule: header.columns\n", "at: row 1\n",
                "reason: the header lacks 状态, 起始日期 of the mapping's source.fields; it reads: 养老编号, 身份证号, 姓名, 更新时间");
    }

    @Test
    void aUtf8FileReadAsGbkFailsOnItsHeader() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 1).getBytes(StandardCharsets.UTF_8), true);

        sync(500);

        assertThat(reason("pension_20240501.csv")).contains("rule: ").containsAnyOf("csv.charset", "header.columns");
        assertThat(hub.records()).isEmpty();
    }

    @Test
    void emptyFilesUnclosedQuotesAndDuplicateColumnsGoToTheErrorFolder() throws Exception {
        Drops.drop(drop, "pension_1.csv", "");
        Drops.drop(drop, "pension_2.csv", Drops.csv(Drops.HEADER, "YL1,\"unclosed,王五,1,20200101,2024-05-01"));
        Drops.drop(drop, "pension_3.csv", Drops.csv(Drops.HEADER + ",姓名", "YL1,x,王五,1,20200101,2024-05-01,y"));

        assertThat(sync(500)).isZero();

        assertThat(reason("pension_1.csv")).contains("rule: header.present");
        assertThat(reason("pension_2.csv")).contains("rule: csv.syntax");
        assertThat(reason("pension_3.csv")).contains("rule: header.columns", "names column 姓名 twice");
    }

    @Test
    void aRowOfTheWrongWidthReachesTheMapperWhichRejectsIt() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(Drops.HEADER, "YL1," + Drops.idNumber(1) + ",王五,1"));

        sync(500);

        SourceRecord r = hub.records().get(0);
        assertThat(r.payload()).containsEntry("_columns", "4/6").doesNotContainKey("更新时间");
        assertThat(new GenericMapper(mapping).map(r).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("起始日期", "row.columns"),
                        org.assertj.core.groups.Tuple.tuple("更新时间", "row.columns"));
    }

    @Test
    void aRunThatStopsInAFileReadsItAgainFromItsFirstRowAndTheRecordsAreTheSame() throws Exception {
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 5));
        hub.sync(source(2), settings(csv("pension_*.csv", true, "GBK", ","), 2).sync(), 2);
        assertThat(drop.resolve("pension_20240501.csv")).exists();
        List<String> firstIds = hub.records().stream().map(SourceRecord::id).toList();

        TestHub again = new TestHub();
        again.sync(source(2), settings(csv("pension_*.csv", true, "GBK", ","), 2).sync());

        assertThat(again.records()).hasSize(5);
        assertThat(again.records().subList(0, 4).stream().map(SourceRecord::id).toList()).isEqualTo(firstIds);
        assertThat(drop.resolve("done/pension_20240501.csv")).exists();
    }

    private PagedSource source(int pageSize) {
        return GenericConnector.source(settings(csv("pension_*.csv", true, "GBK", ","), pageSize), mapping,
                Clock.systemUTC());
    }

    @Test
    void aMarkerWithoutItsFileGoesToTheErrorFolder() throws Exception {
        Files.writeString(drop.resolve("pension_20240501.csv.ok"), "");

        assertThat(sync(500)).isZero();

        assertThat(drop.resolve("error/pension_20240501.csv.ok")).exists();
        assertThat(reason("pension_20240501.csv.ok")).contains("rule: marker.orphan");
    }

    @Test
    void aDropFolderThatIsMissingFailsTheRun() throws Exception {
        Files.delete(drop);

        assertThatThrownBy(() -> sync(500)).isInstanceOf(NoSuchFileException.class);
        assertThat(drop).doesNotExist();
    }

    @Test
    void theWatermarkNamesTheLastFileStoredAndIsOnlyInformational() throws Exception {
        hub.watermark = Positions.parse(null).with("pension", "pension_20991231.csv").toString();
        Drops.drop(drop, "pension_20240501.csv", Drops.csv(0, 1));

        assertThat(sync(500)).isEqualTo(1);
        assertThat(Positions.parse(hub.watermark).get("pension")).isEqualTo("pension_20240501.csv");
    }
}
