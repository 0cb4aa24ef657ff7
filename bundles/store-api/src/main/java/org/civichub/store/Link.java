package org.civichub.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civichub.model.SourceRecord;

/**
 * Where a source record stands, by the latest version the hub has: linked to a resident, kept but
 * not linked yet (no valid ID number), quarantined, or waiting for review. One per record key
 * ({@code <department>/<record type>/<key>}); a version older than the stored one changes nothing.
 * {@code position} orders links for paging without revealing the record key (which may hold an ID
 * number): a keyed hash of it. {@code findings} are the data-quality problems the latest version has
 * that did not stop it (e.g. {@code idNumber:id.checkCharacter}, person and property before the colon,
 * the rule after it), to be reported back to the department that holds the record. A record in
 * {@link State#REVIEW review} names its {@code candidates}: the residents it may be, best first, each with
 * its score and the evidence of every comparator.
 */
public record Link(String recordKey, String position, String connectorId, String department, String recordType,
                   String sourceVersion, Instant updatedAt, State state, String residentId, List<String> findings,
                   List<Candidate> candidates, Decision decision) {

    /**
     * A person's decision on a record: the resident it is ({@code residentId}), or none of the
     * candidates of a record that waited in review ({@code residentId} null: the record founds a
     * resident of its own if it can), who decided, when and why. A decided record is never put back
     * in review. A decision that came with a merge names the resident the record belonged to before
     * ({@code mergedFrom}), so an unmerge can take it back there.
     */
    public record Decision(String residentId, String user, Instant decidedAt, String reason, String mergedFrom) {
        public Decision {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(decidedAt, "decidedAt");
            Objects.requireNonNull(reason, "reason");
        }

        public Decision(String residentId, String user, Instant decidedAt, String reason) {
            this(residentId, user, decidedAt, reason, null);
        }

        public boolean accepted() {
            return residentId != null;
        }
    }

    /** A resident a record in review may be, with its score and each comparator's level and weight. */
    public record Candidate(String residentId, double score, List<Evidence> evidence) {
        public Candidate {
            Objects.requireNonNull(residentId, "residentId");
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** What one comparator found: its level (e.g. {@code exact}, {@code missing}) and the weight that added. */
    public record Evidence(String comparator, String level, double weight) {
    }

    /** What became of a record's latest version. */
    public enum State {
        LINKED, UNLINKED, QUARANTINED, REVIEW;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Link {
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(state, "state");
        findings = findings == null ? List.of() : List.copyOf(findings);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        if ((state == State.LINKED) != (residentId != null)) {
            throw new IllegalArgumentException("a linked record, and only a linked one, has a resident id");
        }
    }

    public static Link of(String position, String connectorId, SourceRecord r, State state, String residentId) {
        return new Link(r.key().recordKey(), position, connectorId, r.key().department(), r.key().recordType(),
                r.sourceVersion(), r.updatedAt(), state, residentId, List.of(), List.of(), null);
    }

    /** This link in another state. */
    public Link as(State newState, String newResidentId) {
        return new Link(recordKey, position, connectorId, department, recordType, sourceVersion, updatedAt, newState,
                newResidentId, findings, newState == State.REVIEW ? candidates : List.of(), decision);
    }

    /** This link with these findings. */
    public Link withFindings(List<String> newFindings) {
        return new Link(recordKey, position, connectorId, department, recordType, sourceVersion, updatedAt, state,
                residentId, newFindings, candidates, decision);
    }

    /** This link with the candidates a record in review may be. */
    public Link withCandidates(List<Candidate> newCandidates) {
        return new Link(recordKey, position, connectorId, department, recordType, sourceVersion, updatedAt, state,
                residentId, findings, newCandidates, decision);
    }

    /** This link with a person's decision on it ({@code null} for none). */
    public Link withDecision(Decision newDecision) {
        return new Link(recordKey, position, connectorId, department, recordType, sourceVersion, updatedAt, state,
                residentId, findings, candidates, newDecision);
    }
}
