package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civichub.model.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessRatesTest {

    private final GeneratedDataset dataset = GeneratedDataset.defaults();

    @Test
    void everyFlawOccursAtItsConfiguredRateWithinStatisticalTolerance() {
        for (Map.Entry<MessKind, MessTally> entry : dataset.summary.mess().entrySet()) {
            MessKind kind = entry.getKey();
            MessTally tally = entry.getValue();
            double rate = GeneratedDataset.SETTINGS.mess().rate(kind);
            double expected = rate * tally.eligible();
            double tolerance = 4 * Math.sqrt(tally.eligible() * rate * (1 - rate)) + 2;
            assertThat(tally.eligible()).as(kind + " eligible").isPositive();
            assertThat((double) tally.applied()).as(kind + " applied").isCloseTo(expected,
                    offset(tolerance));
            assertThat(tally.applied()).as(kind + " applied").isPositive();
        }
    }

    @Test
    void flawsOfPoliceRecordsAreVisibleInTheFileAsCounted() {
        CsvTable police = dataset.table(DatasetFile.POLICE_PERSON);
        Map<String, List<List<String>>> records = police.groupedBy("GMSFHM");
        long legacy = records.keySet().stream().filter(id -> id.length() == 15).count();
        long impossibleDates = records.values().stream()
                .filter(v -> !isDate(police.value(v.get(0), "CSRQ"))).count();
        assertThat(legacy).isEqualTo(dataset.summary.mess(MessKind.LEGACY_ID_IN_POLICE).applied());
        assertThat(impossibleDates).isEqualTo(dataset.summary.mess(MessKind.IMPOSSIBLE_BIRTH_DATE).applied());
        assertThat(records).hasSize((int) dataset.summary.mess(MessKind.IMPOSSIBLE_BIRTH_DATE).eligible());
    }

    @Test
    void flawsOfIdsOutsidePoliceAreVisibleInTheFilesAsCounted() {
        List<String> ids = IdValues.outsidePolice(dataset);
        assertThat(ids).hasSize((int) dataset.summary.mess(MessKind.FULL_WIDTH_ID).eligible());
        assertThat(ids.stream().filter(id -> id.chars().anyMatch(c -> c >= '０' && c <= '９')).count())
                .isEqualTo(dataset.summary.mess(MessKind.FULL_WIDTH_ID).applied());
        assertThat(ids.stream().filter(id -> !id.equals(id.replaceAll("[\\s\u3000]", ""))).count())
                .isEqualTo(dataset.summary.mess(MessKind.WHITESPACE_IN_ID).applied());
        assertThat(ids.stream().filter(id -> id.strip().endsWith("x") || id.strip().endsWith("ｘ")).count())
                .isEqualTo(dataset.summary.mess(MessKind.LOWER_CASE_X).applied());
        assertThat(ids.stream().filter(id -> IdNumber.normalize(id).length() == 15).count())
                .isEqualTo(dataset.summary.mess(MessKind.LEGACY_ID_ELSEWHERE).applied());
    }

    @Test
    void aDatasetWithoutFlawsHasOnlyCleanIds(@TempDir Path directory) throws IOException {
        GenerationSummary summary = new DatasetGenerator(GeneratorSettings.defaults().withPersons(2000)
                .withMess(MessRates.none())).writeTo(directory);
        assertThat(summary.mess().values()).allSatisfy(t -> assertThat(t.applied()).isZero());
        CsvTable police = CsvTable.read(directory.resolve("police/person.csv"));
        assertThat(police.column("GMSFHM")).allSatisfy(id -> assertThat(IdNumber.parse(id).value()).isEqualTo(id));
        assertThat(police.column("CSRQ")).allSatisfy(d -> assertThat(isDate(d)).isTrue());
    }

    private static boolean isDate(String yyyyMMdd) {
        try {
            LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)), Integer.parseInt(yyyyMMdd.substring(4, 6)),
                    Integer.parseInt(yyyyMMdd.substring(6, 8)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
