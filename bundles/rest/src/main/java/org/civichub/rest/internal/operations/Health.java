package org.civichub.rest.internal.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.store.StoreHealth;

/**
 * Combines the components' states into the hub's. The hub is {@code down} when it cannot serve
 * (Elasticsearch down), {@code degraded} when it serves but something is not well (Elasticsearch
 * degraded, a connector whose last sync failed, or one whose routes are stopped), else {@code up}.
 * A stopped connector does not take the hub down: the data already there can still be served.
 */
final class Health {

    static final String UP = "up";
    static final String DEGRADED = "degraded";
    static final String DOWN = "down";

    private Health() {
    }

    /** The health from the store's state and the connectors' ({@code null} when they could not be read). */
    static HealthView of(StoreHealth.State store, List<ConnectorStatus> connectors) {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("hub", UP);
        components.put("elasticsearch", connectors == null ? DOWN : store.name().toLowerCase(Locale.ROOT));
        if (connectors != null) {
            connectors.forEach(c -> components.put("connector:" + c.id(), connector(c.state())));
        }
        String status = DOWN.equals(components.get("elasticsearch")) ? DOWN
                : components.values().stream().allMatch(UP::equals) ? UP : DEGRADED;
        return new HealthView(status, components);
    }

    /** {@code running} is up, {@code degraded} (last sync failed) degraded, {@code stopped} down. */
    static String connector(String state) {
        return switch (state == null ? "" : state) {
            case "running" -> UP;
            case "degraded" -> DEGRADED;
            default -> DOWN;
        };
    }
}
