package org.civichub.rest.internal.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;

/** Links held in memory, paged by position as the store pages them. */
public final class FakeLinks implements LinkStore {

    private final List<Link> links = new ArrayList<>();

    public synchronized FakeLinks add(Link l) {
        links.add(l);
        links.sort(Comparator.comparing(Link::position));
        return this;
    }

    @Override
    public synchronized List<Link> after(String afterPosition, int size) {
        return links.stream().filter(l -> afterPosition == null || l.position().compareTo(afterPosition) > 0)
                .limit(size).toList();
    }

    @Override
    public synchronized Map<String, Link> get(Collection<String> positions) {
        Map<String, Link> out = new LinkedHashMap<>();
        links.stream().filter(l -> positions.contains(l.position())).forEach(l -> out.put(l.position(), l));
        return out;
    }

    @Override
    public synchronized List<Link> withFindings(String department, String afterPosition, int size) {
        return links.stream().filter(l -> !l.findings().isEmpty() && (department == null || department.equals(l.department())))
                .filter(l -> afterPosition == null || l.position().compareTo(afterPosition) > 0)
                .sorted(java.util.Comparator.comparing(Link::position)).limit(size).toList();
    }

    @Override
    public synchronized Map<String, Long> findingCounts(String department) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        links.stream().filter(l -> department == null || department.equals(l.department()))
                .forEach(l -> l.findings().forEach(f -> counts.merge(f, 1L, Long::sum)));
        return counts;
    }

    @Override
    public synchronized List<Link> inState(Link.State state, String department, String afterPosition, int size) {
        return links.stream().filter(l -> l.state() == state && (department == null || department.equals(l.department())))
                .filter(l -> afterPosition == null || l.position().compareTo(afterPosition) > 0)
                .sorted(java.util.Comparator.comparing(Link::position)).limit(size).toList();
    }
}
