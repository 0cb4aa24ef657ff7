package org.civichub.rest.internal.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;
import org.civichub.store.StoreUnavailableException;

/** Connector states in memory; remembers the syncs asked for; fails every read while {@link #failing} is set. */
public final class FakeConnectors implements Connectors {

    private final List<ConnectorStatus> connectors = new ArrayList<>();
    public final List<String> syncs = new CopyOnWriteArrayList<>();
    public volatile boolean failing;

    public FakeConnectors add(ConnectorStatus s) {
        connectors.add(s);
        connectors.sort(Comparator.comparing(ConnectorStatus::id));
        return this;
    }

    public FakeConnectors remove(String id) {
        connectors.removeIf(c -> c.id().equals(id));
        return this;
    }

    @Override
    public List<ConnectorStatus> list() {
        if (failing) {
            throw new StoreUnavailableException("test: connector states unavailable", null);
        }
        return List.copyOf(connectors);
    }

    @Override
    public Optional<ConnectorStatus> get(String id) {
        return connectors.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public boolean sync(String id) {
        if (get(id).isEmpty()) {
            return false;
        }
        syncs.add(id);
        return true;
    }
}
