package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.civichub.model.Resident;
import org.civichub.store.Batch;
import org.civichub.store.Page;
import org.civichub.store.ResidentQuery;
import org.civichub.store.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResidentSearchIT {

    private static final TestCluster CLUSTER = new TestCluster("search");
    private static final Scope SIMING = new Scope(Set.of("350203"));

    private static final Resident ZHANG_SANFENG =
            Residents.resident("张三丰", "35020319800101123", "350203001001", "鼓浪屿龙头路12号");
    private static final Resident ZHANG_SAN =
            Residents.resident("张三", "35020319850505456", "350203001002", "中山路88号");
    private static final Resident OUYANG = Residents.full();
    private static final Resident OTHER_ZHANG_SANFENG =
            Residents.resident("张三丰", "35021119800101789", "350211001001", "集美大道1号");

    private static ElasticsearchStores stores;

    @BeforeAll
    static void indexResidents() {
        stores = ElasticsearchStores.create(CLUSTER.settings());
        Batch batch = new Batch(List.of(), List.of(), List.of(ZHANG_SANFENG, ZHANG_SAN, OUYANG, OTHER_ZHANG_SANFENG),
                List.of(), List.of());
        assertThat(stores.batchWriter().write(batch)).isEmpty();
    }

    @AfterAll
    static void stop() {
        stores.close();
        CLUSTER.deleteAll();
    }

    private static List<String> ids(String text, Scope scope) {
        return search(text, null, 0, 20, scope).items().stream().map(Resident::id).toList();
    }

    private static Page<Resident> search(String text, String community, int page, int size, Scope scope) {
        return stores.residentSearch().search(new ResidentQuery(text, community, page, size), scope);
    }

    @Test
    void findsByNameCharactersInSimplifiedOrTraditionalForm() {
        assertThat(ids("张三丰", SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids("張三豐", SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids("张三", SIMING)).containsExactlyInAnyOrder(ZHANG_SAN.id(), ZHANG_SANFENG.id());
    }

    @Test
    void findsByFullPinyinSpacedPinyinAndInitials() {
        assertThat(ids("zhangsanfeng", SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids("Zhang San Feng", SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids("zsf", SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids("ouyangnana", SIMING)).containsExactly(OUYANG.id());
    }

    @Test
    void aNameWrittenWithAHomophoneFindsThePersonButTheNameItselfRanksFirst() {
        assertThat(ids("张叁丰", SIMING)).as("叁 sounds as 三").containsExactly(ZHANG_SANFENG.id());
        assertThat(ids("章三丰", SIMING)).as("章 sounds as 张").containsExactly(ZHANG_SANFENG.id());
        assertThat(ids("张三", SIMING)).as("the name itself first").startsWith(ZHANG_SAN.id());
    }

    @Test
    void aWholeIdNumberWithOneWrongOrTwoSwappedCharactersSuggestsThePersonInScopeOnly() {
        String id = ZHANG_SANFENG.idNumber().value();
        String wrong = id.substring(0, 10) + (id.charAt(10) == '7' ? '8' : '7') + id.substring(11);
        String swapped = id.substring(0, 14) + id.charAt(15) + id.charAt(14) + id.substring(16);

        assertThat(similar(wrong, SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(similar(swapped, SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(similar(id, SIMING)).as("the number itself is no suggestion").isEmpty();
        assertThat(similar(wrong, new Scope(Set.of("350206")))).isEmpty();
        String twoWrong = wrong.substring(0, 12) + (wrong.charAt(12) == '7' ? '8' : '7') + wrong.substring(13);
        assertThat(similar(twoWrong, SIMING)).isEmpty();
    }

    private static List<String> similar(String idNumber, Scope scope) {
        return stores.residentSearch().similarIdNumbers(idNumber, scope, 5).stream().map(Resident::id).toList();
    }

    @Test
    void findsByWholeOrPartialIdNumber() {
        String id = ZHANG_SANFENG.idNumber().value();
        assertThat(ids(id, SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids(id.substring(14), SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids(id.substring(0, 14), SIMING)).containsExactly(ZHANG_SANFENG.id());
        assertThat(ids(id.substring(3, 15), SIMING)).isEmpty();
    }

    @Test
    void aSummaryIsTheResidentFoundWithoutItsSourcesClaimsAndConflicts() {
        ResidentQuery query = new ResidentQuery("台湾街", null, 0, 10);
        Scope scope = new Scope(Set.of("350206"));
        Resident full = stores.residentSearch().search(query, scope).items().get(0);
        Resident summary = stores.residentSearch().summaries(query, scope).items().get(0);

        assertThat(full.sources()).isNotEmpty();
        assertThat(summary).isEqualTo(new Resident(full.id(), full.idNumber(), full.writtenId(), full.name(), full.sex(),
                full.ethnicity(), full.birthDate(), full.householdNo(), full.relationToHead(), full.registeredAddress(),
                full.currentAddress(), full.status(), full.residencePermit(), full.tags(), List.of(), List.of(), List.of(),
                full.merged()));
    }

    @Test
    void findsByAPhraseOfTheAddress() {
        assertThat(ids("龙头路12号", SIMING)).containsExactlyInAnyOrder(ZHANG_SANFENG.id(), OUYANG.id());
        assertThat(ids("台湾街", new Scope(Set.of("350206")))).containsExactly(OUYANG.id());
    }

    @Test
    void neverReturnsAResidentOutsideTheScope() {
        assertThat(ids("张三丰", new Scope(Set.of("350211")))).containsExactly(OTHER_ZHANG_SANFENG.id());
        assertThat(ids("zsf", SIMING)).doesNotContain(OTHER_ZHANG_SANFENG.id());
        assertThat(ids(OTHER_ZHANG_SANFENG.idNumber().value(), SIMING)).isEmpty();
        assertThat(ids("张三丰", new Scope(Set.of()))).isEmpty();
        assertThat(ids("", SIMING)).hasSize(3).doesNotContain(OTHER_ZHANG_SANFENG.id());
    }

    @Test
    void aResidentIsInScopeThroughItsCurrentAddressToo() {
        assertThat(ids("欧阳娜娜", new Scope(Set.of("350206002")))).containsExactly(OUYANG.id());
    }

    @Test
    void theCommunityNarrowsTheScope() {
        assertThat(search("张三", "350203001002", 0, 20, SIMING).items()).containsExactly(ZHANG_SAN);
        assertThat(search("张三", "350211", 0, 20, SIMING).items()).isEmpty();
    }

    @Test
    void pagesAreStableAndCountTheTotal() {
        Page<Resident> first = search("", null, 0, 2, SIMING);
        Page<Resident> second = search("", null, 1, 2, SIMING);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(first.items()).doesNotContainAnyElementsOf(second.items());
        assertThat(search("", null, 0, 2, SIMING)).isEqualTo(first);
    }

    @Test
    void aFoundResidentIsTheCompleteCanonicalRecord() {
        assertThat(search("ouyangnana", null, 0, 1, SIMING).items()).containsExactly(OUYANG);
    }
}
