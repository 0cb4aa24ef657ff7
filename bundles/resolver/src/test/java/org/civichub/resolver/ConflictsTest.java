package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.civichub.model.Claim;
import org.civichub.model.Conflict;
import org.civichub.model.Provenance;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static Claim claim(String field, String value, String department, String at) {
        Instant t = Instant.parse(at);
        return new Claim(field, value, new Provenance(department, department + "/x/" + value, "v1", t));
    }

    @Test
    void recordsOfTwoDepartmentsThatStateDifferentValuesConflictWithEveryRecordsClaim() {
        List<Conflict> conflicts = Conflicts.of(List.of(
                claim(Claim.STATUS, "0", "police", "2024-01-01T00:00:00Z"),
                claim(Claim.STATUS, "1", "civil", "2024-02-01T00:00:00Z"),
                claim(Claim.SEX, "1", "police", "2024-01-01T00:00:00Z"),
                claim(Claim.SEX, "1", "labour", "2024-01-01T00:00:00Z")));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.terms()).containsExactly("status:civil/police");
            assertThat(c.claims()).extracting(Claim::department, Claim::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("civil", "1"),
                            org.assertj.core.groups.Tuple.tuple("police", "0"));
        });
    }

    @Test
    void addressesConflictOnlyWhenTheyNameAnotherDwellingHoweverTheyAreWritten() {
        List<Conflict> conflicts = Conflicts.of(List.of(
                claim(Claim.ADDRESS, "厦门市思明区大同路123号5栋2单元301室", "police", "2024-01-01T00:00:00Z"),
                claim(Claim.ADDRESS, "思明区大同路１２３号5-2-301", "health", "2024-01-02T00:00:00Z"),
                claim(Claim.ADDRESS, "思明区大同路123号", "civil", "2024-01-03T00:00:00Z")));
        assertThat(conflicts).as("one dwelling written three ways, one without a room").isEmpty();

        List<Conflict> moved = Conflicts.of(List.of(
                claim(Claim.ADDRESS, "厦门市思明区湖滨南路88号2栋1单元502室", "police", "2024-03-01T00:00:00Z"),
                claim(Claim.ADDRESS, "思明区大同路123号5-2-301", "health", "2024-01-02T00:00:00Z")));
        assertThat(moved).singleElement().satisfies(c -> assertThat(c.terms()).containsExactly("address:health/police"));
    }

    @Test
    void onlyThePairsOfDepartmentsThatDisagreeAreNamed() {
        List<Conflict> conflicts = Conflicts.of(List.of(
                claim(Claim.BIRTH_DATE, "1987-04-06", "police", "2024-01-01T00:00:00Z"),
                claim(Claim.BIRTH_DATE, "1987-04-06", "civil", "2024-01-01T00:00:00Z"),
                claim(Claim.BIRTH_DATE, "1987-04-08", "labour", "2024-01-01T00:00:00Z")));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.terms()).containsExactly("birthDate:civil/labour", "birthDate:labour/police");
            assertThat(c.claims()).extracting(Claim::department).containsExactly("civil", "labour", "police");
        });
    }

    @Test
    void oneRecordOfADepartmentThatDisagreesWithPoliceIsAConflictEvenWhenItsOtherRecordsAgree() {
        List<Conflict> conflicts = Conflicts.of(List.of(
                claim(Claim.BIRTH_DATE, "1992-08-12", "police", "2023-04-13T00:00:00Z"),
                claim(Claim.BIRTH_DATE, "1992-07-12", "labour", "2023-04-07T00:00:00Z"),
                claim(Claim.BIRTH_DATE, "1992-08-12", "labour", "2023-07-01T00:00:00Z")));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.terms()).containsExactly("birthDate:labour/police");
            assertThat(c.claims()).hasSize(3);
        });
    }

    @Test
    void recordsOfOneDepartmentThatDisagreeAmongThemselvesAreNoConflictBetweenDepartments() {
        assertThat(Conflicts.of(List.of(claim(Claim.MARITAL, "未婚", "health", "2023-01-01T00:00:00Z"),
                claim(Claim.MARITAL, "已婚", "health", "2024-01-01T00:00:00Z")))).isEmpty();
    }

    @Test
    void aNameWrittenWithATraditionalCharacterSpacesOrWithoutItsDotIsTheSameName() {
        assertThat(Conflicts.of(List.of(claim(Claim.NAME, "陈倩琼", "police", "2024-01-01T00:00:00Z"),
                claim(Claim.NAME, "陳 倩琼", "civil", "2024-01-01T00:00:00Z")))).isEmpty();
        assertThat(Conflicts.of(List.of(claim(Claim.NAME, "阿依古丽·买买提", "police", "2024-01-01T00:00:00Z"),
                claim(Claim.NAME, "阿依古丽买买提", "labour", "2024-01-01T00:00:00Z")))).isEmpty();
    }

    @Test
    void aNameWithAnotherCharacterOfTheSameSoundIsAConflict() {
        assertThat(Conflicts.of(List.of(claim(Claim.NAME, "李丽", "police", "2024-01-01T00:00:00Z"),
                claim(Claim.NAME, "李莉", "health", "2024-01-01T00:00:00Z"))))
                .flatExtracting(Conflict::terms).containsExactly("name:health/police");
    }
}
