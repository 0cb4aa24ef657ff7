package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civichub.model.Sex;
import org.civichub.resolver.Candidates.Candidate;
import org.civichub.resolver.Candidates.Scored;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    private static final MatchModel MODEL = MatchModel.defaults();
    private static final LocalDate BIRTH = LocalDate.of(1990, 3, 7);
    private static final Prepared RECORD = Ids.prepared(Ids.valid("35020319900307124"), "陈丽华", null, null);

    @Test
    void ranksBestFirstAndDecidesForTheBest() {
        Candidate same = new Candidate("r1", Ids.prepared(Ids.valid("35020319900307124"), "陈丽华", null, null));
        // Born a day later than the record's ID says: 10.93 + 3.64 + 0.99 = 15.56, for review.
        Candidate namesake = new Candidate("r2", Ids.prepared(null, "陈丽华", Sex.FEMALE, BIRTH.plusDays(1)));
        Candidate other = new Candidate("r3", Ids.prepared(null, "林芳", Sex.FEMALE, LocalDate.of(1970, 1, 1)));

        Candidates.Ranking ranking = Candidates.rank(MODEL, RECORD, List.of(other, namesake, same));

        assertThat(ranking.ranked()).extracting(Scored::id).containsExactly("r1", "r2", "r3");
        assertThat(ranking.ranked()).extracting(s -> s.score().decision())
                .containsExactly(Decision.LINK, Decision.REVIEW, Decision.NEW);
        assertThat(ranking.decision()).isEqualTo(Decision.LINK);
        assertThat(ranking.best()).map(Scored::id).contains("r1");
    }

    @Test
    void twoCandidatesThatBothLinkGoToReview() {
        Candidate a = new Candidate("a", Ids.prepared(Ids.valid("35020319900307124"), "陈丽华", null, null));
        Candidate b = new Candidate("b", Ids.prepared(Ids.valid("35020319900307124"), "陳麗華", null, null));

        Candidates.Ranking ranking = Candidates.rank(MODEL, RECORD, List.of(b, a));

        assertThat(ranking.ranked()).extracting(Scored::id).containsExactly("a", "b");
        assertThat(ranking.best().orElseThrow().score().decision()).isEqualTo(Decision.LINK);
        assertThat(ranking.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void noCandidateIsANewPerson() {
        Candidates.Ranking ranking = Candidates.rank(MODEL, RECORD, List.of());

        assertThat(ranking.ranked()).isEmpty();
        assertThat(ranking.best()).isEmpty();
        assertThat(ranking.decision()).isEqualTo(Decision.NEW);
    }
}
