package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Household;
import org.civichub.model.IdNumber;
import org.civichub.model.IdNumberException;
import org.civichub.model.Sex;
import org.civichub.model.TagKind;
import org.civichub.model.PersonFragment;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Pseudonyms;
import org.civichub.model.SourceRecord;
import org.civichub.model.Survivorship;
import org.civichub.resolver.Conflicts;
import org.civichub.store.Batch;
import org.civichub.store.Link;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.ResidentStore;

/**
 * The resolve-and-merge stage, after the raw stage has kept every record. The {@link Resolver}
 * decides each person's resident (the record's subject and the other persons it names); a record
 * whose subject it cannot place stays unlinked. Fragments are merged into the stored resident in
 * source-time order, values surviving by the {@link Survivorship} policy, and the resident's
 * {@link Conflicts conflicts} judged again; only residents that actually change are written, each
 * with a change event. Households follow their members. A person placed in a resident that was
 * merged into another goes to that other one, and a record that goes there this way keeps the
 * merge's decision on its link.
 *
 * <p>Everything derived here is a function of the stored residents and households and the records
 * of the batch, nothing else: reading the same page again while the residents are unchanged derives
 * the same residents, the same household documents and the same change events, with the same ids and
 * the same content. {@link BatchStore} relies on this to re-create, by re-reading, whatever a failed
 * attempt did not write. The one exception is {@link ChangeEvent#recordedAt()}, the clock's time of
 * the attempt; every attempt writes the events again until one commits the residents, so an event in
 * the outbox carries the time of the attempt that committed its change. An event's cause is the most
 * recent record the change adds to the resident's sources; a record version enters those sources
 * only once, so no two committed changes of a resident share an event id; a resident a merge or an
 * unmerge builds again names that operation instead.
 */
final class Merger {

    /** GB/T 4761 relations to the head of household of a newborn placed with a parent. */
    static final String SON = "20";
    static final String DAUGHTER = "30";

    private final ResidentStore store;
    private final Resolver resolver;
    private final Pseudonyms pseudonyms;
    private final Survivorship policy;
    private final Clock clock;

    Merger(ResidentStore store, Resolver resolver, Pseudonyms pseudonyms, Survivorship policy, Clock clock) {
        this.store = store;
        this.resolver = resolver;
        this.pseudonyms = pseudonyms;
        this.policy = policy;
        this.clock = clock;
    }

    MergedBatch merge(NormalizedBatch nb) {
        return merge(nb, Rebuild.NONE);
    }

    /**
     * Merges a batch; the residents {@code rebuild} starts afresh are built from this batch's facts
     * instead of from what is stored, and their change events name the operation as the cause.
     */
    MergedBatch merge(NormalizedBatch nb, Rebuild rebuild) {
        Resolution found = resolver.resolve(nb);
        Map<String, Resident> stored = new HashMap<>(found.residents().isEmpty() ? Map.of()
                : store.residents(new HashSet<>(found.residents().values())));
        Map<String, String> successors = successors(stored);
        Resolution resolution = found.redirected(successors);
        List<QuarantineEntry> quarantine = new ArrayList<>();
        Map<String, List<Fact>> byResident = new LinkedHashMap<>();
        Map<String, Link> links = new LinkedHashMap<>();
        List<ChangeEvent> findingsBack = new ArrayList<>();
        for (Normalized n : nb.records()) {
            if (!n.isValid()) {
                quarantine.add(new QuarantineEntry(n.record(), n.violations(), clock.instant()));
                links.put(n.record().id(), link(nb.connectorId(), n.record(), Link.State.QUARANTINED, null));
                findingsBack.add(finding(n.record(), n.violations().stream().map(v -> v.field() + ":" + v.rule())
                        .distinct().toList()));
                continue;
            }
            for (int i = 0; i < n.persons().size(); i++) {
                String id = resolution.residentOf(n.record(), i);
                if (id != null) {
                    byResident.computeIfAbsent(id, k -> new ArrayList<>()).add(new Fact(n.record(), n.persons().get(i)));
                }
            }
            String subject = resolution.residentOf(n.record(), 0);
            Link link = subject != null
                    ? link(nb.connectorId(), n.record(), Link.State.LINKED, subject)
                    : link(nb.connectorId(), n.record(), resolution.inReview(n.record()) ? Link.State.REVIEW
                            : Link.State.UNLINKED, null);
            List<String> findings = new ArrayList<>(findings(n));
            if (!findings.isEmpty()) {
                findingsBack.add(finding(n.record(), findings));
            }
            if (resolution.proposesMerge(n.record())) {
                findings.add(Resolution.MERGE_PROPOSED);
            }
            Link.Decision decision = resolution.decisionOf(n.record());
            String foundSubject = found.residentOf(n.record(), 0);
            if (decision == null && subject != null && !subject.equals(foundSubject)) {
                decision = mergeDecision(stored.get(foundSubject), subject);
            }
            links.put(n.record().id(), link.withFindings(findings).withCandidates(resolution.candidates(n.record()))
                    .withDecision(decision));
        }
        placeNewborns(nb, resolution, byResident, stored);
        List<Resident> changed = new ArrayList<>();
        List<ChangeEvent> events = new ArrayList<>();
        Map<String, List<SourceRecord>> sources = new HashMap<>();
        HouseholdUpdates households = new HouseholdUpdates(store, pseudonyms);
        byResident.forEach((id, fragments) -> {
            fragments.sort(Comparator.comparing(Fact::fragment, Merger::bySourceTime));
            Resident before = stored.get(id);
            boolean afresh = rebuild.startsAfresh(id);
            Resident after = afresh ? null : before;
            for (Fact n : fragments) {
                after = after == null ? Resident.of(id, n.fragment(), policy) : after.merge(n.fragment(), policy);
            }
            after = after.withConflicts(Conflicts.of(after.claims()));
            List<SourceRecord> records = fragments.stream().map(Fact::record).distinct().toList();
            sources.put(id, records);
            if (!after.equals(before)) {
                changed.add(after);
                List<String> fields = ResidentChanges.fields(before, after);
                if (!fields.isEmpty()) {
                    events.add(event(before, after, fields, afresh ? rebuild.cause() : cause(before, fragments)));
                }
                households.follow(before, after);
            }
        });
        events.addAll(findingsBack);
        List<Household> changedHouseholds = households.changed();
        Batch batch = new Batch(List.of(), quarantine, changed, changedHouseholds, events, List.of(),
                resolution.keys());
        return new MergedBatch(nb.connectorId(), nb.records().size(), batch, sources, links, nb.watermarkAfter());
    }

    /**
     * The resident each merged resident of {@code stored} lives on as, following merges of merges;
     * reads the ones it needs into {@code stored}.
     */
    private Map<String, String> successors(Map<String, Resident> stored) {
        Set<String> read = new HashSet<>(stored.keySet());
        Set<String> wanted = new HashSet<>();
        do {
            if (!wanted.isEmpty()) {
                stored.putAll(store.residents(wanted));
            }
            read.addAll(wanted);
            wanted = new HashSet<>();
            for (Resident r : stored.values()) {
                if (r.isMerged() && !read.contains(r.merged().into())) {
                    wanted.add(r.merged().into());
                }
            }
        } while (!wanted.isEmpty());
        Map<String, String> out = new HashMap<>();
        for (Resident r : stored.values()) {
            Resident last = r;
            for (int hops = 0; last != null && last.isMerged() && hops < read.size(); hops++) {
                last = stored.get(last.merged().into());
            }
            if (r.isMerged() && last != null && !last.isMerged()) {
                out.put(r.id(), last.id());
            }
        }
        return out;
    }

    /**
     * The decision that takes a record to {@code to} because the resident it was linked to was
     * merged: the merge's, naming where the record came from so an unmerge can take it back.
     */
    private static Link.Decision mergeDecision(Resident from, String to) {
        Resident.Merged m = from.merged();
        return new Link.Decision(to, m.user(), m.at(), m.reason(), from.id());
    }

    /**
     * A newborn the register does not know yet joins the household of the first parent the record
     * names who has one (the mother first, as birth records name her first), as a son or daughter,
     * with the birth record as the source. The register's own entry wins once it comes.
     */
    private void placeNewborns(NormalizedBatch nb, Resolution resolution, Map<String, List<Fact>> byResident,
                                      Map<String, Resident> stored) {
        for (Normalized n : nb.records()) {
            if (!n.isValid() || n.persons().size() < 2) {
                continue;
            }
            PersonFragment child = n.persons().get(0);
            String childId = resolution.residentOf(n.record(), 0);
            if (childId == null || child.householdNo() != null
                    || child.tags().stream().noneMatch(t -> t.kind() == TagKind.NEWBORN)) {
                continue;
            }
            for (int i = 1; i < n.persons().size(); i++) {
                String parentId = resolution.residentOf(n.record(), i);
                Resident parent = parentId == null ? null : mergedView(parentId, byResident, stored);
                if (parent != null && parent.householdNo() != null) {
                    String relation = child.sex() == Sex.FEMALE ? DAUGHTER : SON;
                    byResident.get(childId).replaceAll(f -> f.fragment() == child
                            ? new Fact(f.record(), child.withHousehold(parent.householdNo().value(), relation)) : f);
                    break;
                }
            }
        }
    }

    /** A resident as the batch leaves it, before the merge proper: the stored one with the batch's facts. */
    private Resident mergedView(String id, Map<String, List<Fact>> byResident, Map<String, Resident> stored) {
        Resident r = stored.get(id);
        for (Fact f : byResident.getOrDefault(id, List.of())) {
            r = r == null ? Resident.of(id, f.fragment(), policy) : r.merge(f.fragment(), policy);
        }
        return r;
    }

    private Link link(String connectorId, SourceRecord r, Link.State state, String residentId) {
        return Link.of(resolver.position(r), connectorId, r, state, residentId);
    }

    /**
     * The data-quality findings of a valid record, as {@code <person property>:<rule>}: what its
     * mapper found, a sex or birth date the record states that its own valid ID number contradicts
     * ({@code sex:sex.matchesId}, {@code birthDate:birthDate.matchesId}), and each ID number written
     * with a wrong check character or an impossible birth date.
     */
    static List<String> findings(Normalized n) {
        List<String> out = new ArrayList<>(n.findings());
        for (int i = 0; i < n.persons().size(); i++) {
            PersonFragment f = n.persons().get(i);
            String person = i == 0 ? "" : i + ".";
            IdNumber id = f.idNumber();
            if (id != null && (f.sex() == Sex.MALE || f.sex() == Sex.FEMALE) && f.sex() != id.sex()) {
                out.add(person + "sex:sex.matchesId");
            }
            if (id != null && f.birthDate() != null && !f.birthDate().equals(id.birthDate())) {
                out.add(person + "birthDate:birthDate.matchesId");
            }
            String written = f.writtenId();
            if (written != null) {
                String rule;
                try {
                    IdNumber.parse(written);
                    continue;
                } catch (IdNumberException e) {
                    rule = e.rule().code();
                }
                out.add(person + "idNumber:" + rule);
            }
        }
        return out;
    }

    /** What one record says about one linkable person. */
    private record Fact(SourceRecord record, PersonFragment fragment) {
    }

    /**
     * The data-quality findings of a record version, to go back to its department: an event about the
     * record (entity {@code record}, the version's id; its key is the cause's), naming each finding
     * {@code <field>:<rule>}. Taking the same version in again gives the same event id.
     */
    private ChangeEvent finding(SourceRecord r, List<String> findings) {
        return new ChangeEvent(null, "record", r.id(), "finding", findings, r.provenance(), clock.instant());
    }

    private ChangeEvent event(Resident before, Resident after, List<String> fields, Provenance cause) {
        return new ChangeEvent(null, "resident", after.id(), before == null ? "created" : "updated",
                fields, cause, clock.instant(),
                fields.contains("status") && after.status() != null ? after.status().value().code() : null);
    }

    /**
     * The most recent source the change adds to the resident. A record version the resident already
     * has was the cause, if of anything, of an earlier change, whose event id it names.
     */
    private static Provenance cause(Resident before, List<Fact> fragments) {
        Provenance newest = fragments.get(fragments.size() - 1).fragment().source();
        for (int i = fragments.size() - 1; i >= 0; i--) {
            Provenance p = fragments.get(i).fragment().source();
            if (before == null || !before.sources().contains(p)) {
                return p;
            }
        }
        return newest;
    }

    /** Source time, ties broken as survivorship breaks them, so the order does not depend on the page. */
    private static int bySourceTime(PersonFragment a, PersonFragment b) {
        return a.source().isNewerThan(b.source()) ? 1 : b.source().isNewerThan(a.source()) ? -1 : 0;
    }
}
