package org.civichub.rest.internal.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.Resident;
import org.civichub.store.Page;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;
import org.civichub.store.ResidentStore;
import org.civichub.store.Scope;
import org.civichub.store.StoreUnavailableException;

/** Residents in memory. Remembers every search; can be told to ignore the scope or be unavailable. */
public final class FakeResidents implements ResidentSearch, ResidentStore {

    public record Search(ResidentQuery query, Scope scope) {
    }

    private final Map<String, Resident> residents = new LinkedHashMap<>();
    public final List<Search> searches = new ArrayList<>();
    public volatile boolean ignoreScope;
    public volatile boolean unavailable;
    public volatile boolean broken;

    public FakeResidents add(Resident r) {
        residents.put(r.id(), r);
        return this;
    }

    @Override
    public synchronized Page<Resident> search(ResidentQuery query, Scope scope) {
        check();
        searches.add(new Search(query, scope));
        List<Resident> hits = residents.values().stream()
                .filter(r -> ignoreScope || inScope(r, scope))
                .filter(r -> query.text() == null || r.name().value().contains(query.text())
                        || r.idNumber() != null && r.idNumber().value().equals(query.text()))
                .filter(r -> activeTerms(r).containsAll(query.tags()))
                .filter(r -> query.conflicts().stream().allMatch(c -> ResidentQuery.ANY_CONFLICT.equals(c)
                        ? !conflictTerms(r).isEmpty() : conflictTerms(r).contains(c)))
                .toList();
        List<Resident> page = hits.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new Page<>(hits.size(), query.page(), query.size(), page);
    }

    /** Residents whose ID number differs from {@code idNumber} in one character (swaps are the store's concern). */
    /** What {@link #placeCounts} answers, by level, and the places it was asked about. */
    public final Map<org.civichub.store.PlaceLevel, List<org.civichub.store.PlaceCount>> placeCounts =
            new java.util.concurrent.ConcurrentHashMap<>();
    public final List<org.civichub.store.Place> placesCounted = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public List<org.civichub.store.PlaceCount> placeCounts(org.civichub.store.Place place,
            org.civichub.store.PlaceLevel by, Scope scope) {
        check();
        placesCounted.add(place);
        return placeCounts.getOrDefault(by, List.of());
    }

    /** Every resident, in id order. */
    public synchronized List<Resident> all() {
        return residents.values().stream().sorted(java.util.Comparator.comparing(Resident::id)).toList();
    }

    @Override
    public synchronized List<Resident> similarIdNumbers(String idNumber, Scope scope, int max) {
        check();
        return residents.values().stream()
                .filter(r -> ignoreScope || inScope(r, scope))
                .filter(r -> r.idNumber() != null && oneApart(r.idNumber().value(), idNumber))
                .limit(max).toList();
    }

    private static boolean oneApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }

    @Override
    public synchronized Map<String, Long> tagCounts(Scope scope) {
        check();
        Map<String, Long> counts = new java.util.TreeMap<>();
        residents.values().stream().filter(r -> ignoreScope || inScope(r, scope))
                .forEach(r -> activeTerms(r).forEach(t -> counts.merge(t, 1L, Long::sum)));
        return counts;
    }

    @Override
    public synchronized Map<String, Long> conflictCounts(Scope scope) {
        check();
        Map<String, Long> counts = new java.util.TreeMap<>();
        residents.values().stream().filter(r -> ignoreScope || inScope(r, scope))
                .forEach(r -> conflictTerms(r).forEach(t -> counts.merge(t, 1L, Long::sum)));
        return counts;
    }

    private static java.util.Set<String> conflictTerms(Resident r) {
        java.util.Set<String> terms = new java.util.TreeSet<>();
        r.conflicts().stream().filter(org.civichub.model.Conflict::isOpen).forEach(c -> {
            terms.add(c.field());
            terms.addAll(c.terms());
        });
        return terms;
    }

    private static java.util.Set<String> activeTerms(Resident r) {
        java.util.Set<String> terms = new java.util.TreeSet<>();
        r.tags().stream().map(org.civichub.model.Sourced::value).filter(org.civichub.model.Tag::isActive)
                .forEach(t -> {
                    terms.add(t.kind().code());
                    terms.add(t.term());
                });
        return terms;
    }

    @Override
    public Map<String, Resident> residents(Collection<String> ids) {
        check();
        Map<String, Resident> found = new LinkedHashMap<>();
        ids.stream().filter(residents::containsKey).forEach(id -> found.put(id, residents.get(id)));
        return found;
    }

    private final Map<String, org.civichub.model.Household> households = new LinkedHashMap<>();

    public FakeResidents add(org.civichub.model.Household h) {
        households.put(h.id(), h);
        return this;
    }

    @Override
    public Map<String, org.civichub.model.Household> households(Collection<String> ids) {
        Map<String, org.civichub.model.Household> out = new LinkedHashMap<>();
        ids.stream().filter(households::containsKey).forEach(id -> out.put(id, households.get(id)));
        return out;
    }

    private void check() {
        if (unavailable) {
            throw new StoreUnavailableException("test: store down", null);
        }
        if (broken) {
            throw new IllegalStateException("test: something broke at /secret/path");
        }
    }

    private static boolean inScope(Resident r, Scope scope) {
        return scope.sees(r);
    }
}
