package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.model.IdNumber;
import org.junit.jupiter.api.Test;

class PopulationStructureTest {

    private final GeneratedDataset dataset = GeneratedDataset.defaults();
    private final CsvTable police = dataset.table(DatasetFile.POLICE_PERSON);

    @Test
    void everyHouseholdHasExactlyOneHead() {
        Map<String, Set<String>> headsByHousehold = new HashMap<>();
        for (List<String> row : police.rows()) {
            Set<String> heads = headsByHousehold.computeIfAbsent(police.value(row, "HH"), h -> new HashSet<>());
            if (police.value(row, "YHZGX").equals("02")) {
                heads.add(police.value(row, "GMSFHM"));
            }
        }
        assertThat(headsByHousehold).hasSize(dataset.summary.households());
        assertThat(headsByHousehold.values()).allSatisfy(heads -> assertThat(heads).hasSize(1));
    }

    @Test
    void householdsLiveInSeveralCommunitiesOfTheDistrict() {
        Set<String> communities = new HashSet<>(police.column("HJDZ_XZQH"));
        assertThat(communities).hasSize(dataset.summary.communities()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(code -> assertThat(code).matches("350203\\d{6}"));
        assertThat(police.column("HJDZ")).anySatisfy(a -> assertThat(a).startsWith("福建省厦门市思明区"))
                .anySatisfy(a -> assertThat(a).doesNotStartWith("福建省"));
    }

    @Test
    void relationSexAndEthnicityCodesComeFromTheirStandards() {
        assertThat(police.column("YHZGX")).allSatisfy(c -> assertThat(c).matches("02|1[0-2]|[2-4]\\d|5[1-6]"));
        assertThat(police.column("XB")).allSatisfy(c -> assertThat(c).isIn("1", "2"));
        Map<String, Integer> ethnicities = CsvTable.counts(police.column("MZ"));
        assertThat(ethnicities.keySet()).allSatisfy(c -> assertThat(c).matches("\\d{2}")).contains("01");
        assertThat((double) ethnicities.get("01") / police.rows().size()).isBetween(0.95, 0.995);
    }

    @Test
    void floatingPersonsAreNotInTheHukouRegister() {
        Map<String, String> personOf = truth();
        Set<String> registered = new HashSet<>();
        police.column("GMSFHM").forEach(id -> registered.add(personOf.get("police/person/" + id)));
        CsvTable floating = dataset.table(DatasetFile.POLICE_FLOATING);
        Set<String> floaters = new HashSet<>();
        floating.column("JZZH").forEach(key -> floaters.add(personOf.get("police/floating/" + key)));
        assertThat(floaters).hasSize(dataset.summary.floatingPersons()).doesNotContainAnyElementsOf(registered);
        assertThat(floating.column("GMSFHM")).allSatisfy(id -> assertThat(id).doesNotStartWith("350203"));
    }

    @Test
    void deathsReachPoliceLaterOrNeverAsTheSummarySays() {
        Map<String, String> personOf = truth();
        Map<String, List<String>> latestPoliceRow = new HashMap<>();
        for (List<String> row : police.rows()) {
            latestPoliceRow.put(personOf.get("police/person/" + police.value(row, "GMSFHM")), row);
        }
        CsvTable deaths = dataset.table(DatasetFile.CIVIL_DEATH);
        int notRecorded = 0;
        for (List<String> death : deaths.rows()) {
            List<String> policeRow = latestPoliceRow.get(personOf.get("civil/death/" + deaths.value(death, "cremationNo")));
            if (police.value(policeRow, "RYZT").equals("1")) {
                LocalDateTime reported = OffsetDateTime.parse(deaths.value(death, "updatedAt")).toLocalDateTime();
                assertThat(TimeValues.parse(DatasetFile.POLICE_PERSON, police.value(policeRow, "GXSJ"))).isAfter(reported);
            } else {
                assertThat(police.value(policeRow, "RYZT")).isEqualTo("0");
                notRecorded++;
            }
        }
        assertThat(deaths.rows()).hasSize(dataset.summary.deaths());
        assertThat(notRecorded).isEqualTo(dataset.summary.mess(MessKind.DEATH_NOT_IN_POLICE).applied()).isPositive();
    }

    @Test
    void babiesAreBornToFemaleResidentsOfTheirOwnHousehold() {
        Map<String, String> personOf = truth();
        Map<String, List<String>> policeRowOfPerson = new HashMap<>();
        Map<String, List<String>> policeRowOfId = new HashMap<>();
        for (List<String> row : police.rows()) {
            policeRowOfPerson.put(personOf.get("police/person/" + police.value(row, "GMSFHM")), row);
            policeRowOfId.put(first17(police.value(row, "GMSFHM")), row);
        }
        CsvTable births = dataset.table(DatasetFile.HEALTH_BIRTHS);
        assertThat(births.rows()).hasSize(dataset.summary.births()).isNotEmpty();
        for (List<String> birth : births.rows()) {
            List<String> mother = policeRowOfId.get(first17(births.value(birth, "母亲身份证号")));
            List<String> baby = policeRowOfPerson.get(personOf.get("health/births/" + births.value(birth, "出生医学证明编号")));
            assertThat(mother).as("mother of " + birth).isNotNull();
            assertThat(police.value(mother, "XB")).isEqualTo("2");
            assertThat(police.value(mother, "HH")).isEqualTo(police.value(baby, "HH"));
            assertThat(police.value(baby, "YHZGX")).isIn("20", "30");
        }
    }

    @Test
    void labourRowsAreInsertedFirstAndLaterUpdatedOrDeleted() {
        for (DatasetFile file : List.of(DatasetFile.LABOUR_EMPLOYMENT, DatasetFile.LABOUR_INSURANCE)) {
            CsvTable table = dataset.table(file);
            for (List<List<String>> versions : table.groupedBy(file.keyColumn()).values()) {
                assertThat(table.value(versions.get(0), "CZLX")).isEqualTo("I");
                versions.subList(1, versions.size()).forEach(v -> assertThat(table.value(v, "CZLX")).isIn("U", "D"));
            }
            assertThat(table.column("CZLX")).contains("I", "U");
        }
        assertThat(dataset.table(DatasetFile.LABOUR_EMPLOYMENT).column("CZLX")).contains("D");
    }

    @Test
    void healthDatesComeInAllThreeStyles() {
        List<String> dates = dataset.table(DatasetFile.HEALTH_FAMILY).column("更新日期");
        assertThat(dates).anySatisfy(d -> assertThat(d).matches("\\d{4}-\\d{2}-\\d{2}"))
                .anySatisfy(d -> assertThat(d).matches("\\d{4}/\\d{1,2}/\\d{1,2}"))
                .anySatisfy(d -> assertThat(d).matches("\\d{8}"));
    }

    /** The first 17 characters of an 18-character number, whatever its form or check character. */
    static String first17(String raw) {
        String id = IdNumber.normalize(raw);
        return id.length() == 15 ? id.substring(0, 6) + "19" + id.substring(6) : id.substring(0, 17);
    }

    private Map<String, String> truth() {
        CsvTable truth = dataset.table(DatasetFile.TRUTH);
        Map<String, String> personOf = new HashMap<>();
        truth.rows().forEach(r -> personOf.put(r.get(0), r.get(1)));
        return personOf;
    }
}
