package org.civichub.pipeline.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Household;
import org.civichub.model.Resident;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;
import org.civichub.store.ResolverKey;
import org.civichub.store.ResolverKeys;
import org.civichub.model.IdNumber;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.RawEntry;
import org.civichub.store.RecordCounts;
import org.civichub.store.ResidentStore;
import org.civichub.store.WriteFailure;

/**
 * The stores in memory, with the write semantics of the Elasticsearch store: raw records are
 * created once, every other document is replaced by id. Not thread-safe; the hub writes one batch at
 * a time.
 */
final class MemoryStore implements BatchWriter, ResidentStore, ConnectorStateStore, LinkStore, ResolverKeys,
        org.civichub.store.RawRecords {

    private final Map<String, RawEntry> raw = new TreeMap<>();
    private final Map<String, QuarantineEntry> quarantine = new TreeMap<>();
    private final Map<String, Resident> residents = new TreeMap<>();
    private final Map<String, Household> households = new TreeMap<>();
    private final Map<String, ChangeEvent> changes = new TreeMap<>();
    private final Map<String, ConnectorState> states = new HashMap<>();
    private final Map<String, Link> links = new TreeMap<>();
    private final Map<String, ResolverKey> keys = new HashMap<>();
    private int residentWrites;

    @Override
    public List<WriteFailure> write(Batch batch) {
        batch.raw().forEach(e -> raw.putIfAbsent(e.record().id(), e));
        batch.quarantine().forEach(q -> quarantine.put(q.id(), q));
        batch.residents().forEach(r -> residents.put(r.id(), r));
        batch.households().forEach(h -> households.put(h.id(), h));
        batch.changes().forEach(c -> changes.put(c.id(), c));
        batch.links().forEach(l -> links.merge(l.position(), l, (a, b) -> b.updatedAt().isBefore(a.updatedAt()) ? a : b));
        batch.keys().forEach(k -> keys.put(k.key(), k));
        residentWrites += batch.residents().size();
        return List.of();
    }

    @Override
    public java.util.Optional<org.civichub.model.SourceRecord> get(String recordKey, String sourceVersion) {
        return raw.values().stream().map(RawEntry::record).filter(r -> r.key().recordKey().equals(recordKey)
                && r.sourceVersion().equals(sourceVersion)).findFirst();
    }

    @Override
    public Map<String, Resident> residents(Collection<String> ids) {
        Map<String, Resident> m = new HashMap<>();
        ids.stream().filter(residents::containsKey).forEach(id -> m.put(id, residents.get(id)));
        return m;
    }

    @Override
    public Map<String, Household> households(Collection<String> ids) {
        Map<String, Household> m = new HashMap<>();
        ids.stream().filter(households::containsKey).forEach(id -> m.put(id, households.get(id)));
        return m;
    }

    @Override
    public Optional<ConnectorState> get(String connectorId) {
        return Optional.ofNullable(states.get(connectorId));
    }

    @Override
    public void put(ConnectorState state) {
        states.put(state.connectorId(), state);
    }

    @Override
    public List<RecordCounts> counts(String department) {
        throw new UnsupportedOperationException("not needed by the data path");
    }

    @Override
    public List<Link> after(String afterPosition, int size) {
        return links.values().stream().filter(l -> afterPosition == null || l.position().compareTo(afterPosition) > 0)
                .limit(size).toList();
    }

    @Override
    public Map<String, Link> get(Collection<String> positions) {
        Map<String, Link> m = new HashMap<>();
        positions.stream().filter(links::containsKey).forEach(p -> m.put(p, links.get(p)));
        return m;
    }

    @Override
    public Map<String, ResolverKey> keys(Collection<String> ids) {
        Map<String, ResolverKey> m = new HashMap<>();
        ids.stream().filter(keys::containsKey).forEach(k -> m.put(k, keys.get(k)));
        return m;
    }

    @Override
    public void all(java.util.function.Consumer<ResolverKey> each) {
        List.copyOf(keys.values()).forEach(each);
    }

    /** The resident of a person with this valid ID number, if one has it. */
    Optional<Resident> residentWithId(String idNumber) {
        IdNumber id = IdNumber.parse(idNumber);
        return residents.values().stream().filter(r -> id.equals(r.idNumber())).findFirst();
    }

    /** Every link by position. */
    Map<String, Link> links() {
        return Map.copyOf(links);
    }

    /** Every resident by id. */
    Map<String, Resident> residents() {
        return Map.copyOf(residents);
    }

    /** Every household by id. */
    Map<String, Household> households() {
        return Map.copyOf(households);
    }

    /** The outbox: every change event by id. */
    Map<String, ChangeEvent> changes() {
        return Map.copyOf(changes);
    }

    /** The quarantine by record version id. */
    Map<String, QuarantineEntry> quarantine() {
        return Map.copyOf(quarantine);
    }

    /** How many resident documents were written, counting rewrites. */
    int residentWrites() {
        return residentWrites;
    }

    @Override
    public List<Link> withFindings(String department, String afterPosition, int size) {
        return links.values().stream().filter(l -> !l.findings().isEmpty() && (department == null || department.equals(l.department())))
                .filter(l -> afterPosition == null || l.position().compareTo(afterPosition) > 0)
                .sorted(java.util.Comparator.comparing(Link::position)).limit(size).toList();
    }

    @Override
    public Map<String, Long> findingCounts(String department) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        links.values().stream().filter(l -> department == null || department.equals(l.department()))
                .forEach(l -> l.findings().forEach(f -> counts.merge(f, 1L, Long::sum)));
        return counts;
    }

    @Override
    public List<Link> inState(Link.State state, String department, String afterPosition, int size) {
        return links.values().stream().filter(l -> l.state() == state && (department == null || department.equals(l.department())))
                .filter(l -> afterPosition == null || l.position().compareTo(afterPosition) > 0)
                .sorted(java.util.Comparator.comparing(Link::position)).limit(size).toList();
    }
}
