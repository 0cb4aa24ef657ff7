package org.civichub.resolver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores a record against the candidates its blocking keys found and ranks them, best first. The decision is
 * the best candidate's, except that it becomes {@link Decision#REVIEW} when a second candidate also reaches
 * the link threshold: a record cannot be two persons, so a person has to look. Without candidates it is
 * {@link Decision#NEW}.
 */
public final class Candidates {

    /** A candidate: an opaque id the caller knows it by, and its prepared identity. */
    public record Candidate(String id, Prepared identity) {
    }

    /** A candidate's id and score. */
    public record Scored(String id, Score score) {
    }

    /** The scored candidates, best first (equal scores by id), and the decision for the best. */
    public record Ranking(List<Scored> ranked, Decision decision) {

        public Ranking {
            ranked = List.copyOf(ranked);
        }

        /** The best candidate, when there is one. */
        public Optional<Scored> best() {
            return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
        }
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator
            .comparingDouble((Scored s) -> -s.score().total()).thenComparing(Scored::id);

    private Candidates() {
    }

    /** Scores {@code record} against every candidate with {@code model}. */
    public static Ranking rank(MatchModel model, Prepared record, Collection<Candidate> candidates) {
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            scored.add(new Scored(c.id(), model.score(record, c.identity())));
        }
        scored.sort(BEST_FIRST);
        if (scored.isEmpty()) {
            return new Ranking(scored, Decision.NEW);
        }
        Decision best = scored.get(0).score().decision();
        boolean twoLinks = scored.size() > 1 && scored.get(1).score().decision() == Decision.LINK;
        return new Ranking(scored, best == Decision.LINK && twoLinks ? Decision.REVIEW : best);
    }
}
