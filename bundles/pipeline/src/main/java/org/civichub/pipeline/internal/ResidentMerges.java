package org.civichub.pipeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Conflict;
import org.civichub.model.Provenance;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;
import org.civichub.store.RawRecords;
import org.civichub.store.ResidentStore;

/**
 * Merges a resident into another, and splits a merged one back, while no batch of the intake runs.
 *
 * <p>A merge keeps the merged resident whole but marks it as merged (who, when, why), so that no
 * search finds it and whatever names it (a link, a resolution key, a decision) reaches the other
 * one; review candidates that named it name the other one. Then every record it was built from is
 * taken in again, which adds its facts to the other resident and writes, on each record's link, the
 * merge's decision with the resident the record came from. Asking for the same merge again takes
 * the records in again, which completes a merge a kill interrupted.
 *
 * <p>An unmerge restores the merged resident, takes the links the merge moved back to it (with the
 * unmerge's decision), and builds both residents again from the records of either, each from its
 * own. A record that reached the merged resident after the merge went to the other one with the
 * merge's decision, and goes back too.
 */
final class ResidentMerges {

    static final String ENDPOINT = "direct:civichub-resident-merges";

    /** A page of records the intake takes in, starting afresh the residents a rebuild names. */
    interface Intake {
        void take(IntakeBatch batch, Rebuild rebuild);
    }

    /** What a merge or unmerge is asked to do. */
    sealed interface Command permits Merge, Unmerge {
    }

    /** Merge {@code residentId} into {@code into}. */
    record Merge(String residentId, String into, String reason, String user) implements Command {
    }

    /** Split {@code residentId} back from the resident it was merged into. */
    record Unmerge(String residentId, String reason, String user) implements Command {
    }

    private static final int PAGE = 500;

    private final ResidentStore residents;
    private final LinkStore links;
    private final RawRecords raw;
    private final BatchWriter writer;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final Intake intake;

    ResidentMerges(ResidentStore residents, LinkStore links, RawRecords raw, BatchWriter writer, Pseudonyms pseudonyms,
                   Clock clock, Intake intake) {
        this.residents = residents;
        this.links = links;
        this.raw = raw;
        this.writer = writer;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.intake = intake;
    }

    /** Carries out a command; answers the ids of the residents it leaves, the one merged into first. */
    List<String> apply(Command command) {
        return command instanceof Merge m ? merge(m) : unmerge((Unmerge) command);
    }

    private List<String> merge(Merge m) {
        String reason = reason(m.reason());
        if (m.residentId().equals(m.into())) {
            throw new DecisionRefusedException("into (merge.other): a resident is merged into another one");
        }
        Resident from = existing("residentId", m.residentId());
        Resident into = existing("into", m.into());
        if (into.isMerged()) {
            throw new DecisionRefusedException("into (merge.merged): that resident was merged into "
                    + into.merged().into() + "; merge into that one");
        }
        if (from.isMerged() && !from.merged().into().equals(into.id())) {
            throw new DecisionRefusedException("residentId (merge.merged): already merged into " + from.merged().into());
        }
        if (!from.isMerged()) {
            Instant at = clock.instant();
            Resident merged = from.withMerged(new Resident.Merged(into.id(), m.user(), at, reason));
            HouseholdUpdates households = new HouseholdUpdates(residents, pseudonyms);
            households.follow(from, merged);
            write(new Batch(List.of(), List.of(), List.of(merged), households.changed(),
                    List.of(event(merged, "merged", operation("merge", at))), candidatesMoved(from.id(), into.id())));
        }
        takeInAgain(from.sources(), Rebuild.NONE);
        return List.of(into.id(), from.id());
    }

    private List<String> unmerge(Unmerge u) {
        String reason = reason(u.reason());
        Resident merged = existing("residentId", u.residentId());
        if (!merged.isMerged()) {
            throw new DecisionRefusedException("residentId (unmerge.merged): this resident was not merged into another");
        }
        Resident into = existing("residentId", merged.merged().into());
        if (into.isMerged()) {
            throw new DecisionRefusedException("residentId (unmerge.order): the resident it was merged into was merged into "
                    + into.merged().into() + " since; unmerge that one first");
        }
        Instant at = clock.instant();
        Provenance cause = operation("unmerge", at);
        Resident restored = merged.withMerged(null);
        List<Provenance> sources = Stream.concat(merged.sources().stream(), into.sources().stream()).toList();
        List<Link> back = linksOf(sources).values().stream()
                .filter(l -> l.state() == Link.State.LINKED && into.id().equals(l.residentId()) && l.decision() != null
                        && (merged.id().equals(l.decision().mergedFrom()) || merged.id().equals(l.decision().residentId())))
                .map(l -> l.as(Link.State.LINKED, merged.id())
                        .withDecision(new Link.Decision(merged.id(), u.user(), at, reason)))
                .toList();
        HouseholdUpdates households = new HouseholdUpdates(residents, pseudonyms);
        households.follow(merged, restored);
        write(new Batch(List.of(), List.of(), List.of(restored), households.changed(),
                List.of(event(restored, "unmerged", cause)), back));
        takeInAgain(sources, new Rebuild(Set.of(merged.id(), into.id()), cause));
        return List.of(into.id(), merged.id());
    }

    /**
     * Takes in again the latest version of every record these sources name, a page per connector,
     * so the residents are derived from them as the intake derives every resident.
     */
    private void takeInAgain(Collection<Provenance> sources, Rebuild rebuild) {
        Map<String, List<SourceRecord>> byConnector = new TreeMap<>();
        for (Link l : linksOf(sources).values()) {
            if (l.state() == Link.State.QUARANTINED) {
                continue;
            }
            SourceRecord r = raw.get(l.recordKey(), l.sourceVersion()).orElseThrow(() ->
                    new DecisionRefusedException("residentId (record.readable): a record of the resident is not readable yet; try again"));
            byConnector.computeIfAbsent(l.connectorId(), k -> new ArrayList<>()).add(r);
        }
        byConnector.forEach((connector, records) -> {
            for (int i = 0; i < records.size(); i += PAGE) {
                intake.take(new IntakeBatch(connector, records.subList(i, Math.min(records.size(), i + PAGE)), null),
                        rebuild);
            }
        });
    }

    /** The links of the records these sources name, by position. */
    private Map<String, Link> linksOf(Collection<Provenance> sources) {
        Set<String> positions = new LinkedHashSet<>();
        sources.forEach(p -> positions.add(Resolver.position(pseudonyms, p.recordKey())));
        return positions.isEmpty() ? Map.of() : new LinkedHashMap<>(links.get(positions));
    }

    /**
     * The records in review, and those proposing a merge, that name {@code from} among their
     * candidates, naming {@code to} instead; a proposal left with no resident but the record's own
     * is done, and leaves the record's findings.
     */
    private List<Link> candidatesMoved(String from, String to) {
        List<Link> out = new ArrayList<>();
        for (Link l : all((after, n) -> links.inState(Link.State.REVIEW, null, after, n))) {
            if (names(l, from)) {
                out.add(l.withCandidates(renamed(l.candidates(), from, to)));
            }
        }
        for (Link l : all((after, n) -> links.withFindings(null, after, n))) {
            if (l.findings().contains(Resolution.MERGE_PROPOSED) && names(l, from)) {
                List<Link.Candidate> left = renamed(l.candidates(), from, to).stream()
                        .filter(c -> !c.residentId().equals(l.residentId())).toList();
                out.add(left.isEmpty() ? l.withCandidates(List.of()).withFindings(l.findings().stream()
                        .filter(f -> !f.equals(Resolution.MERGE_PROPOSED)).toList()) : l.withCandidates(left));
            }
        }
        return out;
    }

    private static boolean names(Link l, String residentId) {
        return l.candidates().stream().anyMatch(c -> c.residentId().equals(residentId));
    }

    /** Every link a paged listing gives. */
    private static List<Link> all(BiFunction<String, Integer, List<Link>> listing) {
        List<Link> out = new ArrayList<>();
        String after = null;
        for (List<Link> page = listing.apply(null, PAGE); !page.isEmpty(); page = listing.apply(after, PAGE)) {
            out.addAll(page);
            after = page.get(page.size() - 1).position();
        }
        return out;
    }

    /** The candidates with {@code from} named {@code to}, each resident once, at its best score. */
    static List<Link.Candidate> renamed(List<Link.Candidate> candidates, String from, String to) {
        Map<String, Link.Candidate> best = new LinkedHashMap<>();
        for (Link.Candidate c : candidates) {
            Link.Candidate named = c.residentId().equals(from) ? new Link.Candidate(to, c.score(), c.evidence()) : c;
            best.merge(named.residentId(), named, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return best.values().stream().sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
    }

    private Resident existing(String field, String id) {
        Resident r = id == null ? null : residents.resident(id).orElse(null);
        if (r == null) {
            throw new DecisionRefusedException(field + " (resident.exists): no resident with this id");
        }
        return r;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new DecisionRefusedException("reason (reason.required): a decision gives its reason, in at most 200 characters");
        }
        return reason.strip();
    }

    /** The hub's operation as the cause its change events name. */
    private static Provenance operation(String kind, Instant at) {
        return new Provenance(Conflict.DECISIONS, Conflict.DECISIONS + "/" + kind + "/" + UUID.randomUUID(),
                at.toString(), at);
    }

    private ChangeEvent event(Resident r, String kind, Provenance cause) {
        return new ChangeEvent(null, "resident", r.id(), kind, List.of("merged"), cause, clock.instant());
    }

    private void write(Batch batch) {
        BatchStore.requireNone(writer.write(batch));
    }
}
