package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.model.IdNumber;
import org.civichub.model.IdNumberException;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    private final GeneratedDataset dataset = GeneratedDataset.defaults();
    private final CsvTable police = dataset.table(DatasetFile.POLICE_PERSON);

    @Test
    void policeIdsParseExceptTheDeliberatelyBrokenOnesWhichTheSummaryCounts() {
        Set<String> broken = new HashSet<>();
        for (String id : new HashSet<>(police.column("GMSFHM"))) {
            try {
                IdNumber.parse(id);
            } catch (IdNumberException e) {
                assertThat(e.rule()).isEqualTo(IdNumberException.Rule.CHECK_CHARACTER);
                broken.add(id);
            }
        }
        assertThat(broken).hasSize((int) dataset.summary.mess(MessKind.WRONG_CHECK_CHARACTER).applied()).isNotEmpty();
        broken.forEach(id -> assertThatThrownBy(() -> IdNumber.parse(id)).isInstanceOf(IdNumberException.class));
    }

    @Test
    void everyIdOutsidePoliceParsesHoweverItIsWritten() {
        List<String> ids = IdValues.outsidePolice(dataset);
        ids.addAll(dataset.table(DatasetFile.POLICE_FLOATING).column("GMSFHM"));
        assertThat(ids).hasSizeGreaterThan(10_000).allSatisfy(id -> IdNumber.parse(id));
    }

    @Test
    void validPoliceIdsAgreeWithSexAndBirthDate() {
        for (List<String> row : police.rows()) {
            String raw = police.value(row, "GMSFHM");
            String birthDate = police.value(row, "CSRQ");
            if (raw.length() == 18 && parses(raw) && !birthDate.matches("\\d{4}02(29|3\\d)")) {
                IdNumber id = IdNumber.parse(raw);
                assertThat(id.sex().code()).isEqualTo(police.value(row, "XB"));
                assertThat(Formats.compact(id.birthDate())).isEqualTo(birthDate);
            }
        }
    }

    @Test
    void legacyIdsUpgradeToTheIdTheSamePersonHasElsewhere() {
        Map<String, String> personOf = new HashMap<>();
        dataset.table(DatasetFile.TRUTH).rows().forEach(r -> personOf.put(r.get(0), r.get(1)));
        Map<String, String> personOfFullId = new HashMap<>();
        Map<String, String> personOfLegacyUpgrade = new HashMap<>();
        for (DatasetFile file : List.of(DatasetFile.POLICE_PERSON, DatasetFile.HEALTH_FAMILY,
                DatasetFile.CIVIL_DISABILITY, DatasetFile.CIVIL_ELDERLY, DatasetFile.CIVIL_DEATH)) {
            CsvTable table = dataset.table(file);
            String idColumn = file == DatasetFile.POLICE_PERSON ? "GMSFHM" : file == DatasetFile.HEALTH_FAMILY ? "身份证号" : "idCard";
            for (List<String> row : table.rows()) {
                String person = personOf.get(file.recordKey(table.value(row, file.keyColumn())));
                String raw = IdNumber.normalize(table.value(row, idColumn));
                if (!parses(raw)) {
                    continue;
                }
                String id = IdNumber.parse(raw).value();
                Map<String, String> target = raw.length() == 15 ? personOfLegacyUpgrade : personOfFullId;
                assertThat(target.put(id, person)).as(raw).isIn(null, person);
            }
        }
        int compared = 0;
        for (Map.Entry<String, String> upgraded : personOfLegacyUpgrade.entrySet()) {
            String elsewhere = personOfFullId.get(upgraded.getKey());
            if (elsewhere != null) {
                assertThat(elsewhere).isEqualTo(upgraded.getValue());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void idAreaCodesAreTheDistrictOrACountyOfOrigin() {
        Set<String> areas = new HashSet<>();
        police.column("GMSFHM").forEach(id -> areas.add(id.substring(0, 6)));
        assertThat(areas).contains("350203").hasSizeGreaterThan(5)
                .allSatisfy(area -> assertThat(area).matches("[1-6]\\d{5}"));
    }

    @Test
    void disabilityCertificateNumbersAreTheIdFollowedByTypeAndLevel() {
        CsvTable disability = dataset.table(DatasetFile.CIVIL_DISABILITY);
        List<String> types = List.of("视力", "听力", "言语", "肢体", "智力", "精神", "多重");
        for (List<String> row : disability.rows()) {
            String certificate = disability.value(row, "certificateNo");
            assertThat(IdNumber.parse(certificate.substring(0, 18)).value())
                    .isEqualTo(IdNumber.parse(disability.value(row, "idCard")).value());
            assertThat(certificate.charAt(18) - '1').isEqualTo(types.indexOf(disability.value(row, "disabilityType")));
        }
    }

    private static boolean parses(String raw) {
        try {
            IdNumber.parse(raw);
            return true;
        } catch (IdNumberException e) {
            return false;
        }
    }
}
