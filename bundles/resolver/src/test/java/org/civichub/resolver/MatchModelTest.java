package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MatchModelTest {

    private static final String SOURCE = "etc/org.civichub.resolver.cfg";

    /** The shipped default configuration as a mutable map. */
    static Map<String, Object> defaultMap() {
        Properties p = new Properties();
        try (InputStream in = MatchModel.class.getResourceAsStream(MatchModel.DEFAULT_RESOURCE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> map = new HashMap<>();
        p.forEach((k, v) -> map.put((String) k, v));
        return map;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static ResolverConfigException refusal(Map<String, ?> map) {
        return assertThrows(ResolverConfigException.class, () -> MatchModel.parse(map, SOURCE));
    }

    @Test
    void theDefaultsAreTheShippedFile() {
        MatchModel model = MatchModel.defaults();

        assertThat(model.comparators()).containsExactly(FieldComparator.values());
        assertThat(model.blocking()).containsExactly(BlockingKey.ID17, BlockingKey.ID_AREA_BIRTH,
                BlockingKey.BIRTH_SURNAME, BlockingKey.PINYIN_SEX_YEAR, BlockingKey.PINYIN_AREA_SEQ);
        assertThat(model.maxBlock()).isEqualTo(50);
        assertThat(model.linkThreshold()).isEqualTo(25.0);
        assertThat(model.reviewThreshold()).isEqualTo(12.0);
        assertThat(model.m(0)).containsExactly(0.975, 0.005, 0.01, 0.005, 0.005);
        assertThat(model.u(0)).containsExactly(0.000001, 0.000000001, 0.0000005, 0.000002, 0.999996499);
        assertThat(model.weight(0, 0)).isCloseTo(log2(0.975 / 0.000001), within(1e-9));
        assertThat(model.weight(0, 2)).isCloseTo(log2(0.01 / 0.0000005), within(1e-9));
        assertThat(model.m(1)).containsExactly(0.975, 0.012, 0.008, 0.005);
        assertThat(model.weight(0, FieldComparator.MISSING)).isZero();
        assertThat(model.source()).isEqualTo("org/civichub/resolver/default-resolver.cfg");
    }

    @Test
    void valuesMayBeStringsArraysOrListsAndCarryComments() {
        Map<String, Object> map = defaultMap();
        map.put("blocking", new String[] {"id", "id17"});
        map.put("comparator.id.m", List.of("0.97", "0.01", "0.01", "0.005", "0.005"));
        map.put("comparator.id.u", new double[] {0.000001, 0.000000001, 0.0000005, 0.000002, 0.999996499});
        map.put("comparator.sex.m", "0.995, 0.005      # one m per level");
        map.put("threshold.link", 28);
        map.put("service.pid", "org.civichub.resolver");
        map.put("felix.fileinstall.filename", "file:/opt/karaf/etc/org.civichub.resolver.cfg");

        MatchModel model = MatchModel.parse(map, SOURCE);

        assertThat(model.blocking()).containsExactly(BlockingKey.ID, BlockingKey.ID17);
        assertThat(model.m(0)).containsExactly(0.97, 0.01, 0.01, 0.005, 0.005);
        assertThat(model.u(0)).containsExactly(0.000001, 0.000000001, 0.0000005, 0.000002, 0.999996499);
        assertThat(model.m(3)).containsExactly(0.995, 0.005);
        assertThat(model.linkThreshold()).isEqualTo(28.0);
    }

    @Test
    void onlyTheConfiguredComparatorsScore() {
        Map<String, Object> map = new HashMap<>();
        map.put("blocking", "birth-surname");
        map.put("comparator.sex.m", "0.9, 0.1");
        map.put("comparator.sex.u", "0.5, 0.5");
        map.put("comparator.name.m", "0.9, 0.05, 0.03, 0.02");
        map.put("comparator.name.u", "0.001, 0.0001, 0.0009, 0.998");
        map.put("threshold.link", "5");
        map.put("threshold.review", "1");

        MatchModel model = MatchModel.parse(map, SOURCE);

        assertThat(model.comparators()).containsExactly(FieldComparator.NAME, FieldComparator.SEX);
        assertThat(model.maxBlock()).isEqualTo(50);
        Score score = model.score(Ids.prepared(null, "王芳", null, null), Ids.prepared(null, "王芳", null, null));
        assertThat(score.evidence()).containsExactly(
                new Evidence("name", "exact", Math.log(0.9 / 0.001) / Math.log(2)),
                new Evidence("sex", "missing", 0));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Map<String, Object> map = new HashMap<>();
        map.put("blocking", "id17, soundex");
        map.put("blocking.maxBlock", "0");
        map.put("comparator.id.m", "0.95, 0.05");
        map.put("comparator.id.u", "0.000001, 0.000000001, 0.0000005, 0.000002, 0.999996499");
        map.put("comparator.name.m", "0.9, 0.05, 0.03, 1.02");
        map.put("comparator.name.u", "0.5, 0.2, 0.2, 0.05");
        map.put("comparator.eyes.m", "0.5, 0.5");
        map.put("comparator.sex.m", "0.9, 0.1");
        map.put("comparator.sex.weight", "2");
        map.put("comparator.birthDate.u", "0.01, 0.01, zero");
        map.put("threshold.link", "12");
        map.put("threshold.review", "20");
        map.put("threshold.lnik", "3");
        map.put("service.pid", "org.civichub.resolver");

        ResolverConfigException e = refusal(map);

        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "blocking: unknown key kind 'soundex' (known: id, id17, id-area-birth, birth-surname, "
                        + "pinyin-sex-year, pinyin-area-seq)",
                "blocking.maxBlock: 0 is not a whole number of at least 1",
                "comparator.id.m: 2 values given, expected 5, one per level: exact, check, date, close, different",
                "comparator.name.m: 1.02 (different) is not a probability in (0, 1)",
                "comparator.name.u: the values sum to 0.95, not 1 (within 0.001)",
                "comparator.eyes.m: unknown comparator 'eyes' (known: id, name, birthDate, sex, address)",
                "comparator.sex.weight: unknown key; a comparator has comparator.sex.m and comparator.sex.u",
                "comparator.sex.u: missing (comparator.sex.m is given)",
                "comparator.birthDate.u: 'zero' is not a number",
                "comparator.birthDate.m: missing (comparator.birthDate.u is given)",
                "threshold.review: 20.0 is above threshold.link 12.0",
                "threshold.lnik: unknown key");
        assertThat(e.getMessage()).startsWith(SOURCE + ": 12 problems").contains("comparator.eyes.m: unknown");
    }

    @Test
    void requiredKeysAreNamedWhenMissing() {
        ResolverConfigException e = refusal(Map.of("service.pid", "org.civichub.resolver"));

        assertThat(e.problems()).containsExactly(
                "blocking: missing; name at least one key kind (id, id17, id-area-birth, birth-surname, "
                        + "pinyin-sex-year, pinyin-area-seq)",
                "comparator.*: none configured; give comparator.<name>.m and .u for at least one of id, name, "
                        + "birthDate, sex, address",
                "threshold.link: missing",
                "threshold.review: missing");
    }

    @Test
    void aModelThatCanNeverLinkIsRefusedWithTheSum() {
        Map<String, Object> map = defaultMap();
        map.put("threshold.link", "70");

        ResolverConfigException e = refusal(map);

        // The id's best weight is check, log2(0.005 / 0.000000001) = 22.25, above exact's 19.90. With IDs on both
        // sides birth date and sex do not count (47.89); without, the id does not (40.89): the better sum is shown.
        assertThat(e.problems()).containsExactly("threshold.link: can never link: the highest possible score, "
                + "id check 22.25 + name exact 10.93 + address dwelling 14.70"
                + " = 47.89, is below threshold.link = 70.00");
    }

    @Test
    void theBestLevelIsTheHighestWeightWhateverItsPosition() {
        Map<String, Object> map = new HashMap<>();
        map.put("blocking", "birth-surname");
        map.put("comparator.sex.m", "0.1, 0.9");
        map.put("comparator.sex.u", "0.5, 0.5");
        map.put("threshold.link", "1");
        map.put("threshold.review", "1");

        ResolverConfigException e = refusal(map);

        assertThat(e.problems()).containsExactly("threshold.link: can never link: the highest possible score, "
                + "sex different 0.85 = 0.85, is below threshold.link = 1.00");
    }

    @Test
    void aModelThatAlwaysLinksIsRefusedWithTheSum() {
        Map<String, Object> map = defaultMap();
        map.put("threshold.link", "-39");
        map.put("threshold.review", "-40");

        ResolverConfigException e = refusal(map);

        assertThat(e.problems()).containsExactly(
                "threshold.link: always links: the lowest possible score, every value disagreeing, "
                        + "name different -7.64 + birthDate different -7.64 + sex different -6.64"
                        + " + address different -2.73 = -24.66, is at or above threshold.link = -39.00",
                "threshold.link: always links: a pair with every value missing scores 0, at or above "
                        + "threshold.link = -39.00");
    }

    @Test
    void aModelWhereAllMissingLinksIsRefusedEvenIfDisagreementDoesNot() {
        Map<String, Object> map = defaultMap();
        map.put("threshold.link", "0");
        map.put("threshold.review", "-1");

        assertThat(refusal(map).problems()).containsExactly("threshold.link: always links: a pair with every value "
                + "missing scores 0, at or above threshold.link = 0.00");
    }

    @Test
    void extremeScoresAreTheSumsOfBestAndWorstWeights() {
        MatchModel model = MatchModel.defaults();

        // Best with IDs on both sides: id check, name exact, address dwelling (birth date and sex are in the ID).
        double max = log2(0.005 / 0.000000001) + log2(0.975 / 0.0005) + log2(0.8 / 0.00003);
        // Worst without IDs: name, birth date, sex and address all different (with IDs it is only -18.01).
        double min = log2(0.005 / 0.99798) + log2(0.005 / 0.99915) + log2(0.005 / 0.5) + log2(0.15 / 0.99397);
        assertThat(model.maxScore()).isCloseTo(max, within(1e-9)).isCloseTo(47.89, within(0.005));
        assertThat(model.minScore()).isCloseTo(min, within(1e-9)).isCloseTo(-24.66, within(0.005));
        assertThatThrownBy(() -> MatchModel.parse(Map.of(), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blockingKeysAreOnlyOfTheConfiguredKinds() {
        String first17 = "35020319900307124";
        Prepared p = Ids.prepared(Ids.valid(first17), "王芳", null, null);

        assertThat(MatchModel.defaults().keys(p)).allMatch(k -> !k.startsWith("id:"))
                .hasSize(5);
        assertThat(BlockingKey.keys(EnumSet.of(BlockingKey.ID), p)).containsExactly("id:" + Ids.valid(first17));
    }
}
