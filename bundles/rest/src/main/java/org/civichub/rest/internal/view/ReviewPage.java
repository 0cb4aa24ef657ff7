package org.civichub.rest.internal.view;

import java.util.List;

/** Records waiting in review, in position order; {@code next} is the {@code after} of the next page, {@code null} at the end. */
public record ReviewPage(List<ReviewItem> items, String next) {

    /**
     * A record in review with what it says ({@code record}, {@code null} when it cannot be read now) and the
     * residents it may be, best first; {@code id} is what a decision names.
     */
    public record ReviewItem(String id, String recordKey, String department, String recordType, ReviewRecordView record,
                             List<CandidateView> candidates) {
    }

    /** A resident the record may be: its score and what each comparator found. */
    public record CandidateView(String residentId, double score, List<EvidenceView> evidence) {
    }

    /** One comparator's level and the weight it added to the score. */
    public record EvidenceView(String comparator, String level, double weight) {
    }
}
