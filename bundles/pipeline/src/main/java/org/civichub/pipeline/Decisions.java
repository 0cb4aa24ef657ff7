package org.civichub.pipeline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Workers' decisions, recorded as the hub's own source records (department
 * {@value org.civichub.model.Conflict#DECISIONS}, type {@code decision}) that go through the same
 * intake as every department's: kept as received with who decided, when and why, and merged into
 * the resident they name.
 */
@ProviderType
public interface Decisions {

    /**
     * Resolves a conflict: the resident keeps {@code value} for {@code field} whatever the
     * departments' priority, until a department states another value after the decision.
     *
     * @param field  a field of {@link org.civichub.model.Claim#FIELDS}
     * @param value  the value as claims write it (a sex or status code, an ISO date, a name, a marital status)
     * @return the record key of the decision
     * @throws DecisionRefusedException when the decision is not valid or names no resident; the
     *         message says which field broke which rule
     */
    String resolveConflict(String residentId, String field, String value, String reason, String user);

    /**
     * Decides a record waiting in review: it is the candidate {@code residentId}, or, with
     * {@code residentId} null, none of them (it founds a resident of its own if it can, else stays
     * unlinked). The decision is kept on the record's link with the user, time and reason, the
     * record is taken in again, and it never returns to review.
     *
     * @param position the record's link position, as the review queue lists it
     * @return the record's state afterwards: {@code linked} or {@code unlinked}
     * @throws DecisionRefusedException when the record is not in review, the resident is not one of
     *         its candidates, the reason is missing, or the record changed meanwhile
     */
    String decideReview(String position, String residentId, String reason, String user);

    /**
     * What a record waiting in review says about its person, as its connector maps it (the record's
     * subject), for a person to compare with its candidates; empty when the record is not in review,
     * its version cannot be read yet or its connector is not installed.
     *
     * @param position the record's link position, as the review queue lists it
     */
    java.util.Optional<org.civichub.model.PersonFragment> inReview(String position);

    /** Who took a decision and why, as its record keeps them. */
    record Note(String user, String reason) {
    }

    /**
     * Who took the decision a resolution names (its record's provenance) and why; empty when that
     * record cannot be read (yet).
     */
    java.util.Optional<Note> note(org.civichub.model.Provenance decision);

    /**
     * Merges a resident into another: it is found no more, whatever named it reaches {@code into},
     * and the records it was built from are taken in again into {@code into}, each link keeping the
     * merge's decision. Asking again for a merge that was done completes it.
     *
     * @return the ids of the resident merged into and of the one merged
     * @throws DecisionRefusedException when either resident is unknown or already merged into
     *         another, they are the same, or the reason is missing
     */
    List<String> merge(String residentId, String into, String reason, String user);

    /**
     * Splits a merged resident back from the one it was merged into: both are built again from their
     * own records, and the links the merge moved go back, with this decision.
     *
     * @return the ids of the resident it was merged into and of the one restored
     * @throws DecisionRefusedException when the resident is unknown or not merged, the one it was
     *         merged into was merged itself since, or the reason is missing
     */
    List<String> unmerge(String residentId, String reason, String user);
}
