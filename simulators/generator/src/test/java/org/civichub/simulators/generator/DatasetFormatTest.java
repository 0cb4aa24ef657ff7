package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetFormatTest {

    private static final Map<String, List<String>> CONTRACT_COLUMNS = Map.ofEntries(
            Map.entry("police/person.csv", List.of("GMSFHM", "XM", "XB", "MZ", "CSRQ", "HH", "YHZGX", "HJDZ_XZQH",
                    "HJDZ", "XZZ", "RYZT", "GXSJ")),
            Map.entry("police/floating.csv", List.of("JZZH", "GMSFHM", "XM", "XB", "CSRQ", "HJDZ", "XZZ", "XZZ_XZQH",
                    "DJRQ", "YXQZ", "GXSJ")),
            Map.entry("health/births.csv", List.of("出生医学证明编号", "新生儿姓名", "性别", "出生日期", "母亲姓名",
                    "母亲身份证号", "父亲姓名", "父亲身份证号", "居住地址", "登记日期")),
            Map.entry("health/family.csv", List.of("身份证号", "姓名", "婚姻状况", "子女数", "独生子女证号", "更新日期")),
            Map.entry("civil/assistance.csv", List.of("caseNo", "idCard", "name", "assistanceType", "status",
                    "startDate", "endDate", "monthlyAmount", "householdSize", "address", "updatedAt")),
            Map.entry("civil/disability.csv", List.of("certificateNo", "idCard", "name", "disabilityType", "level",
                    "updatedAt")),
            Map.entry("civil/death.csv", List.of("cremationNo", "idCard", "name", "dateOfDeath", "updatedAt")),
            Map.entry("civil/elderly.csv", List.of("idCard", "name", "livingAlone", "careLevel", "updatedAt")),
            Map.entry("labour/jy_dj.csv", List.of("DJBH", "SFZHM", "XM", "DWMC", "JYZT", "DJRQ", "ZXRQ", "CZLX",
                    "CZSJ")),
            Map.entry("labour/sb_cb.csv", List.of("CBBH", "SFZHM", "XM", "XZLX", "CBZT", "CBRQ", "CZLX", "CZSJ")),
            Map.entry("truth.csv", List.of("record_key", "person_key")));

    private final GeneratedDataset dataset = GeneratedDataset.defaults();

    @Test
    void everyFileOfTheDirectoryFormatExistsWithExactlyTheContractColumns() {
        for (Map.Entry<String, List<String>> expected : CONTRACT_COLUMNS.entrySet()) {
            assertThat(dataset.directory.resolve(expected.getKey())).exists();
        }
        for (DatasetFile file : DatasetFile.values()) {
            List<String> header = dataset.table(file).header();
            assertThat(header).as(file.relativePath()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(CONTRACT_COLUMNS.get(file.relativePath()));
        }
    }

    @Test
    void theGridFileNamesTheDistrictAndGivesEveryCommunityFourGridsOverItsRoads() throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(dataset.directory.resolve(DatasetGenerator.GRIDS));
        long communities = lines.stream().filter(l -> l.matches("\\d{12},[^,]+,")).count();

        assertThat(lines.get(0)).isEqualTo("code,name,buildings");
        assertThat(lines).contains("350203,思明区,");
        assertThat(communities).isEqualTo(dataset.summary.communities());
        assertThat(lines.stream().filter(l -> l.matches("\\d{12}-[1-4],第.网格,\\S+"))).hasSize((int) communities * 4);
        assertThat(lines).anyMatch(l -> l.matches("\\d{12}-1,第一网格,\\S+路1-150号"));
    }

    @Test
    void everyFileHasRecords() {
        for (DatasetFile file : DatasetFile.values()) {
            assertThat(dataset.table(file).rows()).as(file.relativePath()).isNotEmpty();
            assertThat(dataset.summary.rows(file)).isEqualTo(dataset.table(file).rows().size());
        }
    }

    @Test
    void truthHasOneRowForEveryRecordKeyOfEveryFile() {
        List<String> truthKeys = dataset.table(DatasetFile.TRUTH).column("record_key");
        Set<String> recordKeys = new HashSet<>();
        for (DatasetFile file : DatasetFile.sources()) {
            dataset.table(file).column(file.keyColumn()).forEach(key -> recordKeys.add(file.recordKey(key)));
        }
        assertThat(truthKeys).doesNotHaveDuplicates();
        assertThat(new HashSet<>(truthKeys)).isEqualTo(recordKeys);
    }

    @Test
    void truthNamesExactlyTheRequestedNumberOfPersons() {
        Set<String> persons = new HashSet<>(dataset.table(DatasetFile.TRUTH).column("person_key"));
        assertThat(persons).hasSize(GeneratedDataset.SETTINGS.persons());
        assertThat(dataset.summary.persons()).isEqualTo(GeneratedDataset.SETTINGS.persons());
    }

    @Test
    void versionsOfARecordAreAdjacentWithStrictlyIncreasingTimesInsideThePeriod() {
        LocalDateTime start = GeneratedDataset.SETTINGS.start().atStartOfDay();
        LocalDateTime end = GeneratedDataset.SETTINGS.end().plusDays(1).atStartOfDay();
        int multiVersion = 0;
        for (DatasetFile file : DatasetFile.sources()) {
            CsvTable table = dataset.table(file);
            Set<String> seen = new HashSet<>();
            String previousKey = null;
            LocalDateTime previousTime = null;
            for (List<String> row : table.rows()) {
                String key = table.value(row, file.keyColumn());
                LocalDateTime time = TimeValues.parse(file, table.value(row, file.timeColumn()));
                assertThat(time).as(file + " " + key).isBetween(start, end);
                if (key.equals(previousKey)) {
                    assertThat(time).as(file + " " + key).isAfter(previousTime);
                    multiVersion++;
                } else {
                    assertThat(seen.add(key)).as("versions of " + file + " " + key + " are adjacent").isTrue();
                }
                previousKey = key;
                previousTime = time;
            }
        }
        assertThat(multiVersion).isGreaterThan(100);
    }

    @Test
    void filesAreUtf8WithoutByteOrderMark() throws Exception {
        byte[] bytes = Files.readAllBytes(dataset.directory.resolve("health/family.csv"));
        assertThat(new String(bytes, 0, 13, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("身份证号,");
    }
}
