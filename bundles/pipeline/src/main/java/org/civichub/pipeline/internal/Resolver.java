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
import org.civichub.model.SourceRecord;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;
import org.civichub.store.ResolverKey;
import org.civichub.store.ResolverKeys;

/**
 * Decides which resident each person of a batch belongs to, reading the store twice per batch,
 * never once per record:
 * <ol>
 *   <li>a record already linked keeps its resident: re-reading a record changes no link;</li>
 *   <li>a person with a valid ID number (a legacy 15-digit one is the same number) joins the
 *       resident that number's key points at, or the one an earlier record of the batch founded;</li>
 *   <li>otherwise a person with a valid ID founds a new resident, whose id is opaque: a keyed hash
 *       of the founding record's key and the person's place in it, never of the ID number.</li>
 * </ol>
 * A person without a valid ID is not linked yet. Keys are keyed hashes too, so the key index holds
 * no identifier. The new ids and keys are a function of the batch and of what is stored, so reading
 * a page again after a failed attempt resolves it the same way.
 */
final class Resolver {

    private final LinkStore links;
    private final ResolverKeys keys;
    private final Pseudonyms pseudonyms;

    Resolver(LinkStore links, ResolverKeys keys, Pseudonyms pseudonyms) {
        this.links = links;
        this.keys = keys;
        this.pseudonyms = pseudonyms;
    }

    Resolution resolve(NormalizedBatch nb) {
        List<Normalized> valid = nb.records().stream().filter(Normalized::isValid).toList();
        Map<String, Link> linked = links.get(valid.stream().map(n -> position(n.record())).distinct().toList());
        Set<String> idKeys = new LinkedHashSet<>();
        valid.forEach(n -> n.linkable().forEach(f -> idKeys.add(idKey(f))));
        Map<String, ResolverKey> stored = keys.keys(idKeys);

        Map<Resolution.PersonRef, String> residents = new HashMap<>();
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (Normalized n : valid) {
            for (int i = 0; i < n.persons().size(); i++) {
                PersonFragment f = n.persons().get(i);
                String resident = i == 0 ? linkedResident(linked.get(position(n.record()))) : null;
                if (f.isLinkable()) {
                    String key = idKey(f);
                    List<String> current = written.containsKey(key) ? written.get(key)
                            : stored.containsKey(key) ? stored.get(key).residentIds() : List.of();
                    if (resident == null) {
                        resident = current.isEmpty() ? newResidentId(n.record(), i) : current.get(0);
                    }
                    if (!current.contains(resident)) {
                        List<String> updated = new ArrayList<>(current);
                        updated.add(resident);
                        written.put(key, List.copyOf(updated));
                    }
                }
                if (resident != null) {
                    residents.put(new Resolution.PersonRef(n.record().id(), i), resident);
                }
            }
        }
        List<ResolverKey> changedKeys = new ArrayList<>();
        written.forEach((k, ids) -> changedKeys.add(new ResolverKey(k, ids)));
        return new Resolution(residents, changedKeys);
    }

    /** Where a record's link is kept: a keyed hash of its key. */
    String position(SourceRecord r) {
        return pseudonyms.hash("link", r.key().recordKey().getBytes(StandardCharsets.UTF_8));
    }

    private static String linkedResident(Link link) {
        return link == null || link.state() != Link.State.LINKED ? null : link.residentId();
    }

    private String idKey(PersonFragment f) {
        return idKey(pseudonyms, f.idNumber());
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
