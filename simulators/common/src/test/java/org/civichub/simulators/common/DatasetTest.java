package org.civichub.simulators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    @TempDir
    Path dir;

    @Test
    void loadsColumnsInAnyOrderAndKeepsValuesExactlyAsGiven() throws IOException {
        write("police/person.csv", """
                XM,GXSJ,GMSFHM,HJDZ
                张三,2024-05-01 10:00:00,11010119900307777x," 北京市, 东城区 "
                ,2024-05-01 11:00:00,110101900307777,"say ""hi""\"
                """);

        Dataset dataset = Dataset.load(dir);

        RecordTable person = dataset.table(TableSpec.POLICE_PERSON);
        assertThat(person.columns()).containsExactly("XM", "GXSJ", "GMSFHM", "HJDZ");
        assertThat(person.rows()).extracting(Row::key).containsExactly("11010119900307777x", "110101900307777");
        Row first = person.rows().get(0);
        assertThat(first.fields()).containsExactly(Map.entry("XM", "张三"), Map.entry("GXSJ", "2024-05-01 10:00:00"),
                Map.entry("GMSFHM", "11010119900307777x"), Map.entry("HJDZ", " 北京市, 东城区 "));
        assertThat(first.updatedAtText()).isEqualTo("2024-05-01 10:00:00");
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
        assertThat(person.rows().get(1).value("XM")).isEmpty();
        assertThat(person.rows().get(1).value("HJDZ")).isEqualTo("say \"hi\"");
        assertThat(person.rows().get(1).value("NOPE")).isNull();
    }

    @Test
    void treatsAbsentFilesAndDepartmentDirectoriesAsTablesWithoutRows() throws IOException {
        write("police/person.csv", "GMSFHM,GXSJ\n1,2024-05-01 10:00:00\n");

        Dataset dataset = Dataset.load(dir);

        assertThat(dataset.table(TableSpec.POLICE_FLOATING).rows()).isEmpty();
        assertThat(dataset.rowCounts()).containsKeys(TableSpec.known().stream().map(TableSpec::id).toArray(String[]::new))
                .containsEntry("police/person", 1)
                .allSatisfy((table, rows) -> assertThat(rows).isEqualTo(table.equals("police/person") ? 1 : 0));
        assertThat(Dataset.load(dir.resolve("police")).rowCounts().values()).containsOnly(0);
    }

    @Test
    void sortsRowsByUpdateTimeThenKeyThenFileOrder() throws IOException {
        write("police/floating.csv", """
                JZZH,GXSJ,XM
                B,2024-05-01 10:00:00,b-first
                A,2024-05-01 10:00:00,a
                B,2024-05-01 10:00:00,b-second
                C,2024-05-01 09:59:59,c
                """);

        List<Row> rows = Dataset.load(dir).table(TableSpec.POLICE_FLOATING).rows();

        assertThat(rows).extracting(r -> r.value("XM")).containsExactly("c", "a", "b-first", "b-second");
        assertThat(rows).extracting(Row::fileOrder).containsExactly(3, 1, 0, 2);
    }

    @Test
    void ignoresAByteOrderMarkBeforeTheHeader() throws IOException {
        write("police/person.csv", "\uFEFFGMSFHM,GXSJ\n1,2024-05-01 10:00:00\n");

        assertThat(Dataset.load(dir).table(TableSpec.POLICE_PERSON).columns()).containsExactly("GMSFHM", "GXSJ");
    }

    @Test
    void refusesAFileWithoutItsKeyColumn() throws IOException {
        write("police/person.csv", "XM,GXSJ\n张三,2024-05-01 10:00:00\n");

        assertThatThrownBy(() -> Dataset.load(dir)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("police/person.csv").hasMessageContaining("GMSFHM");
    }

    @Test
    void namesTheFileLineAndColumnOfAnUnreadableUpdateTime() throws IOException {
        write("police/person.csv", "GMSFHM,GXSJ\n1,2024-05-01 10:00:00\n2,yesterday\n");

        assertThatThrownBy(() -> Dataset.load(dir)).isInstanceOf(DatasetException.class)
                .hasMessage("police/person.csv line 3, column GXSJ: 'yesterday' is not a time");
    }

    @Test
    void countsLinesAcrossEmptyLinesAndQuotedLineBreaks() throws IOException {
        write("police/person.csv", "GMSFHM,XM,GXSJ\r\n1,\"张\r\n三\",2024-05-01 10:00:00\r\n\r\n2,\"李\n\n四\",2024-05-01 10:00:00"
                + "\n3,王五,2024-05-01 10:00:00\n4,赵六,soon");

        assertThatThrownBy(() -> Dataset.load(dir)).hasMessageStartingWith("police/person.csv line 9, column GXSJ");
        write("police/person.csv", "GMSFHM,XM,GXSJ\r\n1,\"张\r\n三\",2024-05-01 10:00:00\r\n\r\n2,\"李\n\n四\",2024-05-01 10:00:00"
                + "\n3,王五,2024-05-01 10:00:00\n");
        RecordTable table = Dataset.load(dir).table(TableSpec.POLICE_PERSON);

        assertThat(table.rows()).extracting(table::position).containsExactly("police/person.csv line 2",
                "police/person.csv line 5", "police/person.csv line 8");
    }

    @Test
    void positionsOfATableBuiltInMemoryAreRecordNumbers() {
        RecordTable table = RecordTable.of(TableSpec.POLICE_PERSON, List.of("GMSFHM", "GXSJ"),
                List.of(List.of("2", "2024-05-02 10:00:00"), List.of("1", "2024-05-01 10:00:00")));

        assertThat(table.rows()).extracting(table::position)
                .containsExactly("police/person.csv record 2", "police/person.csv record 1");
    }

    @Test
    void refusesARowWithTheWrongNumberOfValues() throws IOException {
        write("police/person.csv", "GMSFHM,GXSJ,XM\n1,2024-05-01 10:00:00\n");

        assertThatThrownBy(() -> Dataset.load(dir)).isInstanceOf(DatasetException.class)
                .hasMessage("police/person.csv line 2: 2 values for 3 columns");
    }

    @Test
    void refusesDuplicateColumnNames() throws IOException {
        write("police/person.csv", "GMSFHM,GXSJ,GMSFHM\n1,2024-05-01 10:00:00,1\n");

        assertThatThrownBy(() -> Dataset.load(dir)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("person.csv");
    }

    @Test
    void refusesAMissingDatasetDirectory() {
        assertThatThrownBy(() -> Dataset.load(dir.resolve("nope"))).isInstanceOf(DatasetException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void loadsOnlyTheTablesAskedFor() throws IOException {
        write("police/person.csv", "GMSFHM,GXSJ\n1,2024-05-01 10:00:00\n");

        Dataset dataset = Dataset.load(dir, List.of(TableSpec.POLICE_FLOATING));

        assertThat(dataset.rowCounts()).containsOnlyKeys("police/floating");
        assertThat(dataset.earliest()).isEmpty();
    }

    @Test
    void buildsInMemoryTablesFromMapsInColumnOrder() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("JZZH", "J1");
        row.put("XM", "李四");
        row.put("GXSJ", "2024-05-01T10:00:00+08:00");

        Dataset dataset = Dataset.of(RecordTable.ofMaps(TableSpec.POLICE_FLOATING, List.of(row)));

        RecordTable floating = dataset.table(TableSpec.POLICE_FLOATING);
        assertThat(floating.columns()).containsExactly("JZZH", "XM", "GXSJ");
        assertThat(floating.rows().get(0).key()).isEqualTo("J1");
        assertThat(dataset.table(TableSpec.POLICE_PERSON).size()).isZero();
    }

    @Test
    void reportsEarliestAndLatestUpdateTimesAcrossTables() {
        Dataset dataset = Dataset.of(
                table(TableSpec.POLICE_PERSON, "GMSFHM", "2024-05-02 00:00:00", "2024-05-03 00:00:00"),
                table(TableSpec.POLICE_FLOATING, "JZZH", "2024-05-01 00:00:00"));

        assertThat(dataset.earliest()).contains(Instant.parse("2024-04-30T16:00:00Z"));
        assertThat(dataset.latest()).contains(Instant.parse("2024-05-02T16:00:00Z"));
    }

    @Test
    void findsRowsAroundATimeByBinarySearch() {
        RecordTable person = table(TableSpec.POLICE_PERSON, "GMSFHM",
                "2024-05-01 10:00:00", "2024-05-01 11:00:00", "2024-05-01 11:00:00", "2024-05-01 12:00:00");
        Instant eleven = DatasetTimes.parseLocalSeconds("2024-05-01 11:00:00");

        assertThat(person.indexAfter(eleven)).isEqualTo(3);
        assertThat(person.indexAtOrAfter(eleven)).isEqualTo(1);
        assertThat(person.upTo(eleven)).hasSize(3);
        assertThat(person.upTo(Instant.EPOCH)).isEmpty();
        assertThat(person.indexAfter(Instant.MAX)).isEqualTo(4);
    }

    static RecordTable table(TableSpec spec, String keyColumn, String... times) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            rows.add(List.of("K" + i, times[i]));
        }
        return RecordTable.of(spec, List.of(keyColumn, spec.timeColumn()), rows);
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
