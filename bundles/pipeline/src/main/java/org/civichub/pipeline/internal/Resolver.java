package org.civichub.pipeline.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.resolver.Candidates;
import org.civichub.resolver.Decision;
import org.civichub.resolver.Identity;
import org.civichub.resolver.MatchModel;
import org.civichub.resolver.PairSample;
import org.civichub.resolver.Prepared;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;
import org.civichub.store.ResidentStore;
import org.civichub.store.ResolverKey;
import org.civichub.store.ResolverKeys;

/**
 * Decides which resident each person of a batch belongs to, reading the store three times per
 * batch (links, keys, candidate residents; the keys come from memory while the {@link KeyIndex}
 * holds them), never once per record:
 * <ol>
 *   <li>a worker's decision names its resident, and is placed there if that resident exists;</li>
 *   <li>a record already linked keeps its resident: re-reading a record changes no link, nor the
 *       merge it proposed;</li>
 *   <li>a record a person decided on while it waited in review goes where the decision says: to the
 *       resident accepted, or, rejected, to a resident of its own if it can found one;</li>
 *   <li>a person with a valid ID number (a legacy 15-digit one is the same number) joins the
 *       resident that number's key points at;</li>
 *   <li>otherwise the {@link MatchModel} scores the person against the residents that share a
 *       blocking key with them (a wrong check character, a name variant, no ID at all): a link joins
 *       the best; a score between the thresholds sends a record without a valid ID to review; otherwise a
 *       person with a valid ID, or a name, sex and birth date, founds a new resident. A record that
 *       founds one although it scored between the thresholds proposes a merge with its candidates; one
 *       that links to the best while others scored between the thresholds too bridges them, and
 *       proposes to merge them with the best.</li>
 * </ol>
 * A new resident's id is opaque: a keyed hash of the founding record's key and the person's place
 * in it, never of an identifier. Keys are keyed hashes too, so the key index holds no identifier.
 * Residents founded earlier in the batch are candidates for the later records. New ids, keys and
 * decisions are a function of the batch and of what is stored, so reading a page again after a
 * failed attempt resolves it the same way: a person whose own resident id its keys already name
 * founded that resident in the attempt and keeps it, whatever the scores say now.
 */
final class Resolver {

    /** One in this many records placed by a valid ID number is scored for the pair sample all the same. */
    static final int KEYED_SAMPLE_EVERY = 32;

    private final LinkStore links;
    private final ResolverKeys keys;
    private final ResidentStore residents;
    private final Pseudonyms pseudonyms;
    private final MatchModel model;
    private final PairSample sample;

    Resolver(LinkStore links, ResolverKeys keys, ResidentStore residents, Pseudonyms pseudonyms, MatchModel model) {
        this(links, keys, residents, pseudonyms, model, new PairSample(0));
    }

    /** A resolver that offers the comparison vector of every candidate pair it scores to {@code sample}. */
    Resolver(LinkStore links, ResolverKeys keys, ResidentStore residents, Pseudonyms pseudonyms, MatchModel model,
             PairSample sample) {
        this.sample = sample;
        this.links = links;
        this.keys = keys;
        this.residents = residents;
        this.pseudonyms = pseudonyms;
        this.model = model;
    }

    /** One person of one record, with the keys it is found by. */
    private record Person(Normalized record, int index, PersonFragment fragment, Prepared identity, String idKey,
                          Set<String> blockKeys) {
        boolean isSubject() {
            return index == 0;
        }
    }

    Resolution resolve(NormalizedBatch nb) {
        List<Normalized> valid = nb.records().stream().filter(Normalized::isValid).toList();
        Map<String, Link> linked = links.get(valid.stream().map(n -> position(n.record())).distinct().toList());
        List<Person> persons = persons(valid);
        Set<String> wanted = new LinkedHashSet<>();
        persons.forEach(p -> {
            if (p.idKey != null) {
                wanted.add(p.idKey);
            }
            wanted.addAll(p.blockKeys);
        });
        Map<String, List<String>> current = new HashMap<>();
        keys.keys(wanted).forEach((k, v) -> current.put(k, v.residentIds()));
        Map<String, Prepared> identities = candidateIdentities(persons, current);
        Set<String> addressed = addressedResidents(persons, linked);
        Map<String, Link.Decision> decisions = new HashMap<>();
        Map<String, List<Link.Candidate>> proposals = new LinkedHashMap<>();

        Map<Resolution.PersonRef, String> placed = new HashMap<>();
        Map<String, Resolution.Review> reviews = new LinkedHashMap<>();
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (Person p : persons) {
            if (p.fragment.residentId() != null) {
                if (addressed.contains(p.fragment.residentId())) {
                    placed.put(new Resolution.PersonRef(p.record.record().id(), p.index), p.fragment.residentId());
                }
                continue;
            }
            Link existing = p.isSubject() ? linked.get(position(p.record.record())) : null;
            Link.Decision decision = existing == null ? null : existing.decision();
            if (decision != null) {
                decisions.put(p.record.record().id(), decision);
            }
            String resident = linkedResident(existing);
            if (resident != null && existing.findings().contains(Resolution.MERGE_PROPOSED)) {
                proposals.put(p.record.record().id(), existing.candidates());
            }
            if (resident == null && decision != null) {
                resident = decided(p, decision, addressed);
                if (resident == null) {
                    continue;
                }
            }
            if (resident == null && p.idKey != null) {
                resident = first(current.get(p.idKey));
                if (resident != null && sampledByKey(p)) {
                    candidates(p, current, identities).forEach(c -> sample.add(model.compare(p.identity, c.identity())));
                }
            }
            if (resident == null) {
                resident = foundedEarlier(p, current);
            }
            if (resident == null) {
                List<Candidates.Candidate> candidates = candidates(p, current, identities);
                candidates.forEach(c -> sample.add(model.compare(p.identity, c.identity())));
                Candidates.Ranking ranking = Candidates.rank(model, p.identity, candidates);
                if (ranking.decision() == Decision.LINK) {
                    resident = ranking.best().orElseThrow().id();
                    List<Candidates.Scored> bridged = ranking.ranked().stream().skip(1)
                            .filter(c -> c.score().decision() != Decision.NEW).limit(2).toList();
                    if (p.isSubject() && !bridged.isEmpty()) {
                        proposals.put(p.record.record().id(), Resolution.candidates(new Resolution.Review(bridged)));
                    }
                } else if (ranking.decision() == Decision.REVIEW && p.isSubject() && !p.fragment.isLinkable()) {
                    reviews.put(p.record.record().id(), contenders(ranking));
                    continue;
                } else if (canFound(p)) {
                    resident = newResidentId(p.record.record(), p.index);
                    if (ranking.decision() == Decision.REVIEW && p.isSubject()) {
                        proposals.put(p.record.record().id(), Resolution.candidates(contenders(ranking)));
                    }
                }
            }
            if (resident == null) {
                continue;
            }
            placed.put(new Resolution.PersonRef(p.record.record().id(), p.index), resident);
            identities.putIfAbsent(resident, p.identity);
            if (p.idKey != null) {
                add(p.idKey, resident, current, written, Integer.MAX_VALUE);
            }
            for (String k : p.blockKeys) {
                add(k, resident, current, written, model.maxBlock());
            }
        }
        List<ResolverKey> changed = new ArrayList<>();
        written.forEach((k, ids) -> changed.add(new ResolverKey(k, ids)));
        return new Resolution(placed, changed, reviews, decisions, proposals);
    }

    /**
     * Where a person decided on in review goes: the resident accepted, if it exists; rejected, a
     * resident of its own if it can found one; else nowhere.
     */
    private String decided(Person p, Link.Decision decision, Set<String> existing) {
        if (decision.accepted()) {
            return existing.contains(decision.residentId()) ? decision.residentId() : null;
        }
        return canFound(p) ? newResidentId(p.record.record(), p.index) : null;
    }

    /** The best candidates of a ranking that did not decide, at most three. */
    private static Resolution.Review contenders(Candidates.Ranking ranking) {
        return new Resolution.Review(ranking.ranked().stream().filter(s -> s.score().decision() != Decision.NEW)
                .limit(3).toList());
    }

    /**
     * The persons to place: every record's subject, and the other persons it names with an ID, valid
     * or written with a typo, or by their resident id (a parent named only by name is not enough to
     * find or found anyone).
     */
    private List<Person> persons(List<Normalized> valid) {
        List<Person> out = new ArrayList<>();
        for (Normalized n : valid) {
            for (int i = 0; i < n.persons().size(); i++) {
                PersonFragment f = n.persons().get(i);
                if (i > 0 && !f.isLinkable() && f.writtenId() == null && f.residentId() == null) {
                    continue;
                }
                Prepared identity = Prepared.of(Identity.of(f));
                Set<String> blocks = new LinkedHashSet<>();
                if (f.residentId() == null) {
                    model.keys(identity).forEach(k -> blocks.add(key("block", k)));
                }
                out.add(new Person(n, i, f, identity, f.isLinkable() ? idKey(pseudonyms, f.idNumber()) : null, blocks));
            }
        }
        return out;
    }

    /**
     * The residents that fragments (workers' decisions) or decisions on records once in review name
     * directly, and that exist.
     */
    private Set<String> addressedResidents(List<Person> persons, Map<String, Link> linked) {
        Set<String> ids = new LinkedHashSet<>();
        persons.stream().map(p -> p.fragment.residentId()).filter(java.util.Objects::nonNull).forEach(ids::add);
        linked.values().stream().map(Link::decision).filter(d -> d != null && d.accepted())
                .map(Link.Decision::residentId).forEach(ids::add);
        return ids.isEmpty() ? Set.of() : residents.residents(ids).keySet();
    }

    /**
     * The stored residents any blocking key of the batch points at, by id, as prepared identities; a
     * resident merged into another is no candidate (the other one is, by its own keys).
     */
    private Map<String, Prepared> candidateIdentities(List<Person> persons, Map<String, List<String>> current) {
        Set<String> ids = new LinkedHashSet<>();
        for (Person p : persons) {
            if (p.idKey != null && current.containsKey(p.idKey) && !sampledByKey(p)) {
                continue;
            }
            p.blockKeys.forEach(k -> usable(current.get(k)).forEach(ids::add));
        }
        Map<String, Prepared> out = new HashMap<>();
        for (Resident r : residents.residents(ids).values()) {
            if (!r.isMerged()) {
                out.put(r.id(), Prepared.of(Identity.of(r)));
            }
        }
        return out;
    }

    private List<Candidates.Candidate> candidates(Person p, Map<String, List<String>> current,
                                                  Map<String, Prepared> identities) {
        Set<String> ids = new LinkedHashSet<>();
        p.blockKeys.forEach(k -> ids.addAll(usable(current.get(k))));
        List<Candidates.Candidate> out = new ArrayList<>();
        for (String id : ids) {
            Prepared identity = identities.get(id);
            if (identity != null) {
                out.add(new Candidates.Candidate(id, identity));
            }
        }
        return out;
    }

    /**
     * The resident this very person founded in an earlier attempt at the page, which stopped before
     * the links: its id is derived from this record, and its keys are written before anything else.
     */
    private String foundedEarlier(Person p, Map<String, List<String>> current) {
        String own = newResidentId(p.record.record(), p.index);
        return p.blockKeys.stream().anyMatch(k -> current.getOrDefault(k, List.of()).contains(own)) ? own : null;
    }

    /**
     * Whether a person its valid ID number places is scored against its blocking candidates all the
     * same, for the sample only: one record in {@value #KEYED_SAMPLE_EVERY}, so the sample holds the
     * pairs of the easy cases too (an identical ID among them), not only the hard ones.
     */
    private boolean sampledByKey(Person p) {
        return sample.capacity() > 0 && Math.floorMod(p.record.record().id().hashCode(), KEYED_SAMPLE_EVERY) == 0;
    }

    /** The residents of a key, unless it is shared by too many to tell anything. */
    private List<String> usable(List<String> ids) {
        return ids == null || ids.size() >= model.maxBlock() ? List.of() : ids;
    }

    /**
     * Only a person who can be recognised again founds a resident: by a valid ID, or by a name with a
     * sex and birth date (stated, or read from an ID with a wrong check character).
     */
    private static boolean canFound(Person p) {
        Identity i = p.identity.identity();
        return p.fragment.isLinkable() || i.name() != null && i.effectiveSex().isPresent()
                && i.effectiveBirthDate().isPresent();
    }

    private static void add(String key, String resident, Map<String, List<String>> current,
                            Map<String, List<String>> written, int limit) {
        List<String> ids = current.getOrDefault(key, List.of());
        if (ids.contains(resident) || ids.size() >= limit) {
            return;
        }
        List<String> updated = new ArrayList<>(ids);
        updated.add(resident);
        current.put(key, List.copyOf(updated));
        written.put(key, List.copyOf(updated));
    }

    private static String first(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }

    /** Where a record's link is kept: a keyed hash of its key. */
    String position(SourceRecord r) {
        return position(pseudonyms, r);
    }

    static String position(Pseudonyms pseudonyms, SourceRecord r) {
        return position(pseudonyms, r.key().recordKey());
    }

    static String position(Pseudonyms pseudonyms, String recordKey) {
        return pseudonyms.linkPosition(recordKey);
    }

    private static String linkedResident(Link link) {
        return link == null || link.state() != Link.State.LINKED ? null : link.residentId();
    }

    private String key(String purpose, String value) {
        return purpose.charAt(0) + "-" + pseudonyms.hash("key/" + purpose, value.getBytes(StandardCharsets.UTF_8))
                .substring(0, 40);
    }

    /** The key of a valid ID number. */
    static String idKey(Pseudonyms pseudonyms, IdNumber id) {
        return "id-" + pseudonyms.hash("key/id", id.value().getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    private String newResidentId(SourceRecord founder, int person) {
        return "r" + pseudonyms.hash("resident", (founder.key().recordKey() + "\u0000" + person)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
