package org.civichub.rest.internal.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;

/** Connector states in memory; remembers the syncs asked for. */
public final class FakeConnectors implements Connectors {

    private final List<ConnectorStatus> connectors = new ArrayList<>();
    public final List<String> syncs = new CopyOnWriteArrayList<>();

    public FakeConnectors add(ConnectorStatus s) {
        connectors.add(s);
        connectors.sort(Comparator.comparing(ConnectorStatus::id));
        return this;
    }

    @Override
    public List<ConnectorStatus> list() {
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
