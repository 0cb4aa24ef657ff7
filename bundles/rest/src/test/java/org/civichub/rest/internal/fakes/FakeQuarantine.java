package org.civichub.rest.internal.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.QuarantineStore;
import org.civichub.store.Scope;

/** Quarantine entries in memory, in insertion order. */
public final class FakeQuarantine implements QuarantineStore {

    private final List<QuarantineEntry> entries = new ArrayList<>();

    public FakeQuarantine add(QuarantineEntry e) {
        entries.add(e);
        return this;
    }

    @Override
    public Page<QuarantineEntry> list(String department, Scope scope, int page, int size) {
        List<QuarantineEntry> hits = entries.stream()
                .filter(e -> department == null || e.record().key().department().equals(department))
                .filter(e -> scope.coversAnyOf(e.divisions())).toList();
        return new Page<>(hits.size(), page, size, hits.stream().skip((long) page * size).limit(size).toList());
    }

    @Override
    public Optional<QuarantineEntry> get(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
