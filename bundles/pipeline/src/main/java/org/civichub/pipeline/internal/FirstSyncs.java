package org.civichub.pipeline.internal;

import java.util.HashSet;
import java.util.Set;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.LoadSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the store whether a first sync runs ({@link LoadSettings}): a run of a connector that has
 * not yet finished a sync, which brings a department's whole register. Told when that changes, and
 * at the first run after the hub starts, so that settings a killed hub left are put right; told
 * again at the next run when the store could not be told.
 */
final class FirstSyncs {

    private static final Logger LOG = LoggerFactory.getLogger(FirstSyncs.class);

    private final ConnectorStateStore states;
    private final LoadSettings settings;
    private final Set<String> running = new HashSet<>();
    /** What the store was told last; {@code null} until it was told since the hub started. */
    private Boolean told;

    FirstSyncs(ConnectorStateStore states, LoadSettings settings) {
        this.states = states;
        this.settings = settings;
    }

    synchronized void started(String connectorId) {
        try {
            if (states.get(connectorId).map(s -> s.lastSync() == null).orElse(true)) {
                running.add(connectorId);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not tell whether the sync of {} is its first: {}", connectorId, e.getMessage());
        }
        tell();
    }

    synchronized void finished(String connectorId) {
        running.remove(connectorId);
        tell();
    }

    private void tell() {
        boolean now = !running.isEmpty();
        if (told != null && told == now) {
            return;
        }
        try {
            settings.firstSyncRunning(now);
            told = now;
        } catch (RuntimeException e) {
            LOG.warn("Could not change the store's settings for {}: {}", now ? "a first sync" : "incremental syncs",
                    e.getMessage());
        }
    }
}
