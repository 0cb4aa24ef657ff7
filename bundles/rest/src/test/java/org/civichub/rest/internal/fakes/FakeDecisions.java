package org.civichub.rest.internal.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.pipeline.Decisions;

/** Remembers every decision; refuses them while {@link #refusing} holds a reason. */
public final class FakeDecisions implements Decisions {

    public record Taken(String residentId, String field, String value, String reason, String user) {
    }

    public record Reviewed(String position, String residentId, String reason, String user) {
    }

    public final List<Reviewed> reviewed = new CopyOnWriteArrayList<>();
    /** What {@link #inReview} answers, by position. */
    public final java.util.Map<String, org.civichub.model.PersonFragment> inReview =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** What {@link #note} answers, by the decision's record key. */
    public final java.util.Map<String, Note> notes = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.util.Optional<Note> note(org.civichub.model.Provenance decision) {
        return java.util.Optional.ofNullable(notes.get(decision.recordKey()));
    }

    @Override
    public java.util.Optional<org.civichub.model.PersonFragment> inReview(String position) {
        return java.util.Optional.ofNullable(inReview.get(position));
    }

    public final List<Taken> taken = new CopyOnWriteArrayList<>();
    public volatile String refusing;

    @Override
    public String resolveConflict(String residentId, String field, String value, String reason, String user) {
        if (refusing != null) {
            throw new DecisionRefusedException(refusing);
        }
        taken.add(new Taken(residentId, field, value, reason, user));
        return "hub/decision/" + taken.size();
    }

    @Override
    public String decideReview(String position, String residentId, String reason, String user) {
        if (refusing != null) {
            throw new DecisionRefusedException(refusing);
        }
        reviewed.add(new Reviewed(position, residentId, reason, user));
        return residentId == null ? "unlinked" : "linked";
    }

    public record Merged(String residentId, String into, String reason, String user) {
    }

    public final List<Merged> merged = new CopyOnWriteArrayList<>();

    @Override
    public List<String> merge(String residentId, String into, String reason, String user) {
        if (refusing != null) {
            throw new DecisionRefusedException(refusing);
        }
        merged.add(new Merged(residentId, into, reason, user));
        return List.of(into, residentId);
    }

    @Override
    public List<String> unmerge(String residentId, String reason, String user) {
        if (refusing != null) {
            throw new DecisionRefusedException(refusing);
        }
        merged.add(new Merged(residentId, null, reason, user));
        return List.of("rother", residentId);
    }
}
