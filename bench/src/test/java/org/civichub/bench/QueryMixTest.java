package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civichub.bench.SearchQuery.Kind;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    private static final List<String> NAMES = List.of("张伟", "陈秀英", "林志明", "欧阳明华");
    private static final List<String> PINYIN = List.of("zhangwei", "chenxiuying", "linzhiming", "ouyangminghua");
    private static final List<String> INITIALS = List.of("zw", "cxy", "lzm", "oymh");

    /** 200 residents; every fourth has a tag workers look after, every other one a tag they do not. */
    private static List<SampleResident> sample() {
        List<SampleResident> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i % NAMES.size();
            String id = String.format("350203198%07d%d", i * 37, i % 10);
            List<String> addresses = List.of("福建省厦门市思明区鹭江街道大同社区大同路" + (i + 1) + "号5栋2单元301室",
                    "思明区西林路" + (i + 2) + "号21-1-503");
            List<String> tags = i % 4 == 0 ? List.of("floating", "marital", "marital:已婚")
                    : i % 2 == 0 ? List.of("elderly-alone", "insured") : List.of("insured");
            out.add(new SampleResident(NAMES.get(n), PINYIN.get(n), INITIALS.get(n), id, addresses, tags));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameSearches() {
        List<SampleResident> sample = sample();
        assertThat(QueryMix.build(sample, 2000, 1)).isEqualTo(QueryMix.build(sample, 2000, 1));
        assertThat(QueryMix.build(sample, 2000, 1)).isNotEqualTo(QueryMix.build(sample, 2000, 2));
    }

    @Test
    void everyKindIsMadeInAboutItsShare() {
        int count = 20_000;
        Map<Kind, Long> counts = QueryMix.build(sample(), count, 1).stream()
                .collect(Collectors.groupingBy(SearchQuery::kind, () -> new EnumMap<>(Kind.class), Collectors.counting()));

        assertThat(counts).containsOnlyKeys(Kind.values());
        for (Kind kind : Kind.values()) {
            assertThat(100.0 * counts.get(kind) / count).as(kind.label()).isCloseTo(kind.weight(),
                    org.assertj.core.data.Offset.offset(2.0));
        }
    }

    @Test
    void searchesAreMadeFromTheSampledResidents() {
        List<SampleResident> sample = sample();
        Set<String> ids = sample.stream().map(SampleResident::idNumber).collect(Collectors.toSet());
        List<SearchQuery> queries = QueryMix.build(sample, 5000, 3);
        for (SearchQuery q : queries) {
            switch (q.kind()) {
                case NAME -> assertThat(q.text()).isIn(NAMES);
                case PINYIN -> assertThat(q.text()).isIn(PINYIN);
                case INITIALS -> assertThat(q.text()).isIn(INITIALS);
                case ID_SUFFIX -> {
                    assertThat(q.text().length()).isBetween(4, 6);
                    assertThat(ids).anyMatch(id -> id.endsWith(q.text()));
                }
                case ADDRESS -> assertThat(q.text()).matches("(大同|西林)路\\d+号");
                case TAG -> {
                    assertThat(q.tag()).isIn("floating", "elderly-alone");
                    if (q.text() != null) {
                        assertThat(q.text()).isIn(NAMES);
                    }
                }
                default -> throw new AssertionError(q);
            }
            assertThat(q.tag() == null).isEqualTo(q.kind() != Kind.TAG);
        }
        List<SearchQuery> tagged = queries.stream().filter(q -> q.kind() == Kind.TAG).toList();
        assertThat(tagged).anyMatch(q -> q.text() == null).anyMatch(q -> q.text() != null);
        assertThat(queries.stream().filter(q -> q.kind() == Kind.ID_SUFFIX).map(q -> q.text().length()).distinct())
                .containsExactlyInAnyOrder(4, 5, 6);
    }

    @Test
    void kindsTheSampleCannotGiveAreLeftOut() {
        List<SampleResident> sample = List.of(new SampleResident("张伟", null, null, "350203198001010011", List.of("无门牌"),
                List.of("insured")));
        Map<Kind, Long> counts = QueryMix.build(sample, 10_000, 1).stream()
                .collect(Collectors.groupingBy(SearchQuery::kind, () -> new EnumMap<>(Kind.class), Collectors.counting()));

        assertThat(counts).containsOnlyKeys(Kind.NAME, Kind.ID_SUFFIX);
        assertThat(counts.get(Kind.NAME) / 100.0).as("35 of 55").isCloseTo(63.6, org.assertj.core.data.Offset.offset(3.0));
        assertThatThrownBy(() -> QueryMix.build(List.of(new SampleResident(null, null, null, null, null, null)), 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddressGivesItsRoadAndHouseNumber() {
        assertThat(QueryMix.roadAndNumber("福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室")).isEqualTo("大同路123号");
        assertThat(QueryMix.roadAndNumber("厦门市思明区大同二路123号5号楼2单元301室")).isEqualTo("大同二路123号");
        assertThat(QueryMix.roadAndNumber("思明区大同里50号13-1-203")).isEqualTo("大同里50号");
        assertThat(QueryMix.roadAndNumber("莲前街道西林社区西林路154号21栋1单元503")).isEqualTo("西林路154号");
        assertThat(QueryMix.roadAndNumber("蜂巢山路242号")).isEqualTo("蜂巢山路242号");
        assertThat(QueryMix.roadAndNumber("思明区鹭江街道大同社区")).isNull();
        assertThat(QueryMix.roadAndNumber("No. 5 Datong Road")).isNull();
    }

    @Test
    void theMixIsDescribedInCommentLines() {
        List<String> lines = QueryMix.describe(QueryMix.build(sample(), 1000, 1));
        assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("# "));
        assertThat(lines.get(0)).startsWith("# query mix (1000 searches, cycled): name=")
                .contains(" pinyin=", " initials=", " id_suffix=", " address=", " tag=");
        assertThat(lines.get(1)).matches("# e\\.g\\. name \\S+, pinyin [a-z]+, initials [a-z]+, id_suffix \\d{4,6},"
                + " address \\S+路\\d+号, tag (\\S+ )?\\+(floating|elderly-alone)");
    }
}
