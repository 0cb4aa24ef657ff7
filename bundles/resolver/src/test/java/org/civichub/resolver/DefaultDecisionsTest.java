package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.civichub.model.Sex;
import org.junit.jupiter.api.Test;

/** The decisions the shipped default model makes on the error model of the generated departments. */
class DefaultDecisionsTest {

    private static final MatchModel MODEL = MatchModel.defaults();
    private static final String FIRST17 = "35020319900307124";
    private static final LocalDate BIRTH = LocalDate.of(1990, 3, 7);
    private static final String HOME_POLICE = "福建省厦门市思明区鹭江街道大同社区大同路123号5栋2单元301室";
    private static final String HOME_HEALTH = "思明区大同路１２３号５-２-３０１";
    private static final String ELSEWHERE = "莲薇路292号3栋1单元502室";

    // The weights of default-resolver.cfg, log2(m/u), from its m and u.
    private static final double ID_EXACT = log2(0.975, 0.000001);             // 19.90
    private static final double ID_CHECK = log2(0.005, 0.000000001);          // 22.25
    private static final double ID_DATE = log2(0.01, 0.0000005);              // 14.29
    private static final double ID_CLOSE = log2(0.005, 0.000002);             // 11.29
    private static final double ID_DIFFERENT = log2(0.005, 0.999996499);      // -7.64
    private static final double NAME_EXACT = log2(0.975, 0.0005);             // 10.93
    private static final double NAME_DIFFERENT = log2(0.005, 0.99798);        // -7.64
    private static final double BIRTH_EXACT = log2(0.985, 0.00005);           // 14.27
    private static final double SEX_SAME = log2(0.995, 0.5);                  // 0.99
    private static final double DWELLING = log2(0.8, 0.00003);                // 14.70
    private static final double ADDRESS_DIFFERENT = log2(0.15, 0.99397);      // -2.73

    private static double log2(double m, double u) {
        return Math.log(m / u) / Math.log(2);
    }

    private static Score score(Prepared a, Prepared b) {
        Score ab = MODEL.score(a, b);
        assertThat(MODEL.score(b, a).total()).as("symmetric").isEqualTo(ab.total());
        return ab;
    }

    @Test
    void theThresholdsAreTheShippedOnes() {
        assertThat(MODEL.linkThreshold()).isEqualTo(25.0);
        assertThat(MODEL.reviewThreshold()).isEqualTo(12.0);
    }

    @Test
    void aValidIdenticalIdWithTheSameNameLinks() {
        Score s = score(Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null),
                Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null));

        // Both sides have an ID, which encodes birth date and sex: those are not counted again.
        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("exact", "exact", "missing", "missing", "missing");
        assertThat(s.total()).isCloseTo(ID_EXACT + NAME_EXACT, within(1e-9)); // 30.82
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void aWrongCheckCharacterWithEverythingElseTheSameLinks() {
        Score s = score(Ids.prepared(Ids.wrongCheck(FIRST17), "陈丽华", Sex.FEMALE, BIRTH, HOME_POLICE),
                Ids.prepared(Ids.valid(FIRST17), "陈丽华", Sex.FEMALE, BIRTH, HOME_HEALTH));

        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("check", "exact", "missing", "missing", "dwelling");
        assertThat(s.total()).isCloseTo(ID_CHECK + NAME_EXACT + DWELLING, within(1e-9)); // 47.89
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void aWrongCheckCharacterWithTheSameNameLinksWithoutAnAddress() {
        Score s = score(Ids.prepared(Ids.wrongCheck(FIRST17), "陈丽华", null, null),
                Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null));

        assertThat(s.total()).isCloseTo(ID_CHECK + NAME_EXACT, within(1e-9)); // 33.18
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void aNewbornWithoutIdLinksByNameBirthDateSexAndDwelling() {
        Score s = score(Ids.prepared(null, "陈小明", Sex.MALE, LocalDate.of(2024, 5, 1), HOME_HEALTH),
                Ids.prepared(Ids.valid("35020320240501123"), "陈小明", Sex.MALE, LocalDate.of(2024, 5, 1),
                        HOME_POLICE));

        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("missing", "exact", "exact", "same", "dwelling");
        assertThat(s.total()).isCloseTo(NAME_EXACT + BIRTH_EXACT + SEX_SAME + DWELLING, within(1e-9)); // 40.89
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void aNewbornWithAnotherAddressGoesToReview() {
        Score s = score(Ids.prepared(null, "陈小明", Sex.MALE, LocalDate.of(2024, 5, 1), HOME_HEALTH),
                Ids.prepared(Ids.valid("35020320240501123"), "陈小明", Sex.MALE, LocalDate.of(2024, 5, 1),
                        ELSEWHERE));

        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("missing", "exact", "exact", "same", "different");
        assertThat(s.total()).isCloseTo(NAME_EXACT + BIRTH_EXACT + SEX_SAME + ADDRESS_DIFFERENT, within(1e-9));
        assertThat(s.total()).isCloseTo(23.46, within(0.005));
        assertThat(s.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void theSameNameAndBirthDateAtAnotherAddressGoToReview() {
        Score s = score(Ids.prepared(null, "陈丽华", null, BIRTH, HOME_POLICE),
                Ids.prepared(null, "陈丽华", null, BIRTH, ELSEWHERE));

        // 10.93 + 14.27 - 2.73 = 22.47: below link 25, above review 12.
        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("missing", "exact", "exact", "missing", "different");
        assertThat(s.total()).isCloseTo(NAME_EXACT + BIRTH_EXACT + ADDRESS_DIFFERENT, within(1e-9));
        assertThat(s.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void theSameNameBirthDateAndSexAloneLink() {
        Score s = score(Ids.prepared(null, "陈丽华", Sex.FEMALE, BIRTH),
                Ids.prepared(null, "陈丽华", Sex.FEMALE, BIRTH));

        // name exact 10.93 + birthDate exact 14.27 + sex same 0.99 = 26.19, at or above link 25.
        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("missing", "exact", "exact", "same", "missing");
        assertThat(s.total()).isCloseTo(NAME_EXACT + BIRTH_EXACT + SEX_SAME, within(1e-9));
        assertThat(s.total()).isCloseTo(26.19, within(0.005));
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void twoDifferentValidIdsWithTheSameNameDoNotLink() {
        // Same name, and even the same birth date and sex: only area code and sequence differ.
        Prepared a = Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null);
        Prepared b = Ids.prepared(Ids.valid("35020619900307246"), "陈丽华", null, null);
        Prepared bAtTheSameDwelling = Ids.prepared(Ids.valid("35020619900307246"), "陈丽华", null, null, HOME_POLICE);

        Score s = score(a, b);
        assertThat(s.evidence().get(0)).extracting(Evidence::level).isEqualTo("different");
        assertThat(s.total()).isCloseTo(ID_DIFFERENT + NAME_EXACT, within(1e-9)); // 3.29
        assertThat(s.decision()).isEqualTo(Decision.NEW);
        // 3.29 + 14.70 = 17.99
        assertThat(score(Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null, HOME_HEALTH), bAtTheSameDwelling)
                .decision()).isNotEqualTo(Decision.LINK);
    }

    @Test
    void anIdOneSequenceDigitApartWithAnotherNameIsNew() {
        // Same area and birth date, sequence 124 against 125: two people born on one day in one place. Two valid
        // numbers that far apart are different; a number with a wrong check character is only close.
        Prepared a = Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null);
        Prepared b = Ids.prepared(Ids.valid("35020319900307125"), "林芳", null, null);

        Score s = score(a, b);

        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("different", "different", "missing", "missing", "missing");
        assertThat(s.total()).isCloseTo(ID_DIFFERENT + NAME_DIFFERENT, within(1e-9));
        assertThat(s.decision()).isEqualTo(Decision.NEW);
        // Even a namesake twin with a valid number is another person: -7.64 + 10.93 = 3.29.
        assertThat(score(a, Ids.prepared(Ids.valid("35020319900307125"), "陈丽华", null, null)).decision())
                .isEqualTo(Decision.NEW);
        // A number written with a wrong check character one sequence digit apart, with the same name, is
        // close: 11.29 + 10.93 = 22.22, for review.
        assertThat(score(a, Ids.prepared(Ids.wrongCheck("35020319900307125"), "陈丽华", null, null)).decision())
                .isEqualTo(Decision.REVIEW);
    }

    @Test
    void aLabourBirthDateTypoInTheIdLinksWithTheSameName() {
        // Labour wrote one birth-date digit wrong and recomputed the check character; its birth date is the ID's.
        Prepared police = Ids.prepared(Ids.valid(FIRST17), "陈丽华", Sex.FEMALE, BIRTH);
        Prepared labour = Ids.prepared(Ids.valid("35020319900207124"), "陈丽华", null, null);

        Score s = score(police, labour);

        // Both have an ID: the birth-date typo counts once, as the ID's date level, not again as a birth date.
        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("date", "exact", "missing", "missing", "missing");
        assertThat(s.total()).isCloseTo(ID_DATE + NAME_EXACT, within(1e-9));
        assertThat(s.total()).isCloseTo(25.22, within(0.005));
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }
}
