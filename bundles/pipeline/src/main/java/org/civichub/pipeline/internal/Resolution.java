package org.civichub.pipeline.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.SourceRecord;
import org.civichub.resolver.Candidates;
import org.civichub.store.Link;
import org.civichub.store.ResolverKey;

/**
 * Where the persons of one batch belong: the resident of each person a record names (by the
 * record version's id and the person's place in the record, the subject being 0), and the
 * resolution keys that changed and must be written before the residents, and the records that
 * wait in review with their candidates, the decisions a person took on records once in review,
 * by record version id, which their links keep, and the merges records propose, with the residents
 * they propose to merge with their own: a record that founded a resident although it scored between
 * the thresholds (a valid ID is never held in review), a record linked to one resident that another
 * one nearly matched as well (it bridges the two), and a proposal a record's link kept from before.
 */
record Resolution(Map<PersonRef, String> residents, List<ResolverKey> keys, Map<String, Review> reviews,
                  Map<String, Link.Decision> decisions, Map<String, List<Link.Candidate>> proposals) {

    /** The finding of a record that proposes a merge. */
    static final String MERGE_PROPOSED = "resident:mergeProposed";

    /** Why a record waits in review: the candidates that scored between the thresholds or tied, best first. */
    record Review(List<Candidates.Scored> candidates) {
        Review {
            candidates = List.copyOf(candidates);
        }
    }

    /** One person of one record version. */
    record PersonRef(String recordId, int person) {
    }

    Resolution {
        residents = Map.copyOf(residents);
        keys = List.copyOf(keys);
        reviews = Map.copyOf(reviews);
        decisions = Map.copyOf(decisions);
        proposals = Map.copyOf(proposals);
    }

    /**
     * This resolution with every person placed in a resident that was merged into another placed
     * in that other one instead ({@code successors}: from a merged resident to the one it lives on as).
     */
    Resolution redirected(Map<String, String> successors) {
        if (successors.isEmpty()) {
            return this;
        }
        Map<PersonRef, String> moved = new HashMap<>();
        residents.forEach((ref, id) -> moved.put(ref, successors.getOrDefault(id, id)));
        return new Resolution(moved, keys, reviews, decisions, proposals);
    }

    /**
     * Whether the record proposes to merge its resident with another: some resident it proposes is
     * not the one it is linked to now (a merge may have joined them).
     */
    boolean proposesMerge(SourceRecord record) {
        return !proposed(record).isEmpty();
    }

    /** The decision on a record once in review, or {@code null}. */
    Link.Decision decisionOf(SourceRecord record) {
        return decisions.get(record.id());
    }

    /** The candidates of a record in review or proposing a merge, as its link keeps them; none for any other record. */
    List<Link.Candidate> candidates(SourceRecord record) {
        Review r = reviews.get(record.id());
        return r == null ? proposed(record) : candidates(r);
    }

    /** The candidates of a ranking as a link keeps them. */
    static List<Link.Candidate> candidates(Review r) {
        return r.candidates().stream().map(c -> new Link.Candidate(c.id(), c.score().total(),
                c.score().evidence().stream().map(e -> new Link.Evidence(e.comparator(), e.level(), e.weight()))
                        .toList())).toList();
    }

    private List<Link.Candidate> proposed(SourceRecord record) {
        String own = residentOf(record, 0);
        return proposals.getOrDefault(record.id(), List.of()).stream().filter(c -> !c.residentId().equals(own))
                .toList();
    }

    /** Whether the record waits in review. */
    boolean inReview(SourceRecord record) {
        return reviews.containsKey(record.id());
    }

    /** The resident of a record's person, or {@code null} when the person is not linked. */
    String residentOf(SourceRecord record, int person) {
        return residents.get(new PersonRef(record.id(), person));
    }
}
