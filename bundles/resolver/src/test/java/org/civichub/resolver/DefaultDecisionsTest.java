package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static Score score(Prepared a, Prepared b) {
        Score ab = MODEL.score(a, b);
        assertThat(MODEL.score(b, a).total()).as("symmetric").isEqualTo(ab.total());
        return ab;
    }

    @Test
    void aValidIdenticalIdWithTheSameNameLinks() {
        Score s = score(Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null),
                Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null));

        assertThat(s.decision()).isEqualTo(Decision.LINK);
        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("exact", "exact", "exact", "same", "missing");
    }

    @Test
    void aWrongCheckCharacterWithEverythingElseTheSameLinks() {
        Score s = score(Ids.prepared(Ids.wrongCheck(FIRST17), "陈丽华", Sex.FEMALE, BIRTH, HOME_POLICE),
                Ids.prepared(Ids.valid(FIRST17), "陈丽华", Sex.FEMALE, BIRTH, HOME_HEALTH));

        assertThat(s.evidence().get(0)).extracting(Evidence::level).isEqualTo("close");
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void aNewbornWithoutIdLinksByNameBirthDateSexAndDwelling() {
        Score s = score(Ids.prepared(null, "陈小明", Sex.MALE, LocalDate.of(2024, 5, 1), HOME_HEALTH),
                Ids.prepared(Ids.valid("35020320240501123"), "陈小明", Sex.MALE, LocalDate.of(2024, 5, 1),
                        HOME_POLICE));

        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("missing", "exact", "exact", "same", "dwelling");
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }

    @Test
    void theSameNameAndBirthDateAloneDoNotLink() {
        Score alone = score(Ids.prepared(null, "陈丽华", null, BIRTH), Ids.prepared(null, "陈丽华", null, BIRTH));
        Score withSex = score(Ids.prepared(null, "陈丽华", Sex.FEMALE, BIRTH),
                Ids.prepared(null, "陈丽华", Sex.FEMALE, BIRTH));

        assertThat(alone.decision()).isEqualTo(Decision.REVIEW);
        assertThat(withSex.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void twoDifferentValidIdsWithTheSameNameDoNotLink() {
        // Same name, and even the same birth date and sex: only area code and sequence differ.
        Prepared a = Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null);
        Prepared b = Ids.prepared(Ids.valid("35020619900307246"), "陈丽华", null, null);
        Prepared bAtTheSameDwelling = Ids.prepared(Ids.valid("35020619900307246"), "陈丽华", null, null, HOME_POLICE);

        Score s = score(a, b);
        assertThat(s.evidence().get(0)).extracting(Evidence::level).isEqualTo("different");
        assertThat(s.decision()).isEqualTo(Decision.NEW);
        assertThat(score(Ids.prepared(Ids.valid(FIRST17), "陈丽华", null, null, HOME_HEALTH), bAtTheSameDwelling)
                .decision()).isNotEqualTo(Decision.LINK);
    }

    @Test
    void aLabourBirthDateTypoInTheIdLinksWithTheSameNameAndSex() {
        // Labour wrote one birth-date digit wrong and recomputed the check character; its birth date is the ID's.
        Prepared police = Ids.prepared(Ids.valid(FIRST17), "陈丽华", Sex.FEMALE, BIRTH);
        Prepared labour = Ids.prepared(Ids.valid("35020319900207124"), "陈丽华", null, null);

        Score s = score(police, labour);

        assertThat(s.evidence()).extracting(Evidence::level)
                .containsExactly("close", "exact", "close", "same", "missing");
        assertThat(s.decision()).isEqualTo(Decision.LINK);
    }
}
