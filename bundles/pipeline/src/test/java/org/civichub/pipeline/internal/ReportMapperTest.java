package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Sex;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;

class ReportMapperTest {

    /** 2024-06-01 08:00 in China. */
    private static final Instant AT = Instant.parse("2024-06-01T00:00:00Z");

    private static Mapping map(String... fields) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("user", "wang");
        p.put("division", "350203001001");
        for (int i = 0; i < fields.length; i += 2) {
            p.put(fields[i], fields[i + 1]);
        }
        return new ReportMapper().map(new SourceRecord(new SourceKey("community", p.getOrDefault("kind", "x"), "k1"),
                "1", AT, AT, p));
    }

    @Test
    void aDeathNamesItsResidentAndStatesTheDeathFromItsDate() {
        PersonFragment f = map("kind", "death", "residentId", "r0123", "date", "2024-05-30").subject();

        assertThat(f.residentId()).isEqualTo("r0123");
        assertThat(f.status()).isEqualTo(PersonStatus.DECEASED);
        assertThat(f.tags()).extracting(Tag::kind, Tag::from).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TagKind.DECEASED, LocalDate.of(2024, 5, 30)));
        assertThat(f.source().department()).isEqualTo("community");
        assertThat(f.name()).isNull();
    }

    @Test
    void aDateOnTheDayOfTheReportInChinaIsNotInTheFutureButTheNextDayIs() {
        assertThat(map("kind", "death", "residentId", "r1", "date", "2024-06-01").isRejected()).isFalse();

        assertThat(map("kind", "death", "residentId", "r1", "date", "2024-06-02").violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "date.notFuture"));
    }

    @Test
    void everyBrokenFieldIsNamedWithItsRule() {
        Mapping m = map("kind", "death", "residentId", "r 1<", "date", "2024-02-30", "division", "3502");

        assertThat(m.violations()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("division", "division.code"),
                org.assertj.core.groups.Tuple.tuple("residentId", "residentId.valid"),
                org.assertj.core.groups.Tuple.tuple("date", "date.valid"));
    }

    @Test
    void anUnknownKindAndMissingFieldsAreRefused() {
        assertThat(map("kind", "divorce").violations()).extracting(Violation::rule).containsExactly("kind.oneOf");
        assertThat(map("kind", "marriage").violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("residentId", "date", "maritalStatus");
        assertThat(map("kind", "marriage", "residentId", "r1", "date", "2024-01-01", "maritalStatus", "同居")
                .violations()).extracting(Violation::rule).containsExactly("marital.oneOf");
    }

    @Test
    void aMoveOutSetsTheStatusAndWhereToAsText() {
        PersonFragment f = map("kind", "moveOut", "residentId", "r1", "date", "2024-05-01", "address", "厦门市集美区").subject();

        assertThat(f.status()).isEqualTo(PersonStatus.MOVED_OUT);
        assertThat(f.currentAddress().text()).isEqualTo("厦门市集美区");
        assertThat(f.currentAddress().division()).isNull();
    }

    @Test
    void aMoveInStatesAPersonByIdNumberLivingInTheCommunity() {
        PersonFragment f = map("kind", "moveIn", "idNumber", "11010519491231002X", "name", "李梅", "date", "2024-05-01",
                "address", "5栋2单元301室").subject();

        assertThat(f.residentId()).isNull();
        assertThat(f.idNumber().value()).isEqualTo("11010519491231002X");
        assertThat(f.currentAddress().division().value()).isEqualTo("350203001001");
        assertThat(f.currentAddress().building()).isEqualTo("5");

        assertThat(map("kind", "moveIn", "idNumber", "110105194912310021", "name", "李梅", "date", "2024-05-01")
                .violations()).extracting(Violation::field).containsExactly("idNumber");
    }

    @Test
    void aBirthIsTheNewbornAndTheParentsItNames() {
        Mapping m = map("kind", "birth", "name", "陈小宝", "sex", "男", "birthDate", "2024-05-20", "mother", "rMother");

        assertThat(m.persons()).hasSize(2);
        PersonFragment baby = m.subject();
        assertThat(baby.name()).isEqualTo("陈小宝");
        assertThat(baby.sex()).isEqualTo(Sex.MALE);
        assertThat(baby.tags()).extracting(Tag::kind).containsExactly(TagKind.NEWBORN);
        assertThat(baby.currentAddress().division().value()).isEqualTo("350203001001");
        PersonFragment mother = m.persons().get(1);
        assertThat(mother.residentId()).isEqualTo("rMother");
        assertThat(mother.tags()).extracting(Tag::kind, Tag::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TagKind.PARENT, "母亲"));

        assertThat(map("kind", "birth", "name", "陈小宝", "sex", "男", "birthDate", "2024-05-20").violations())
                .extracting(Violation::rule).containsExactly("parent.present");
    }

    @Test
    void anEmploymentChangeTagsEmployedWithTheEmployerOrUnemployed() {
        PersonFragment employed = map("kind", "employment", "residentId", "r1", "employed", "true",
                "employer", "厦门港务", "date", "2024-03-01").subject();
        PersonFragment unemployed = map("kind", "employment", "residentId", "r1", "employed", "否",
                "employer", "厦门港务", "date", "2024-03-01").subject();

        assertThat(employed.tags()).extracting(Tag::kind, Tag::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TagKind.EMPLOYED, "厦门港务"));
        assertThat(unemployed.tags()).extracting(Tag::kind, Tag::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TagKind.UNEMPLOYED, null));
    }

    @Test
    void anAddressChangeStatesWhereTheResidentLivesNow() {
        PersonFragment f = map("kind", "address", "residentId", "r1", "address", "7号楼301").subject();

        assertThat(f.currentAddress().text()).isEqualTo("7号楼301");
        assertThat(f.currentAddress().division().value()).isEqualTo("350203001001");
        assertThat(map("kind", "address", "residentId", "r1").violations()).extracting(Violation::field)
                .containsExactly("address");
    }

    @Test
    void aReportWithoutItsReporterOrCommunityIsRefused() {
        Map<String, String> p = Map.of("kind", "death", "residentId", "r1", "date", "2024-05-30");
        Mapping m = new ReportMapper().map(new SourceRecord(new SourceKey("community", "death", "k"), "1", AT, AT, p));

        assertThat(m.violations()).extracting(Violation::field).containsExactlyInAnyOrder("user", "division");
    }
}
