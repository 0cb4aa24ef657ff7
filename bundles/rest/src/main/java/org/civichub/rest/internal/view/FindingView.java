package org.civichub.rest.internal.view;

import java.util.List;

/**
 * A record with what is wrong in it (e.g. {@code idNumber:id.checkCharacter}: the subject's ID number has a
 * wrong check character), where it stands, and the department that holds it and should fix it. A record
 * with the finding {@code resident:mergeProposed} founded a resident although it scored between the
 * thresholds against {@code candidates}, each with its score and evidence.
 */
public record FindingView(String recordKey, String department, String recordType, String state, String residentId,
                          List<String> findings, List<ReviewPage.CandidateView> candidates) {

    public FindingView {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
