package org.civichub.store;

/**
 * How the store takes writes in: a connector's first sync brings a department's whole register at
 * once, and while one runs the store may make new writes visible to searches less often, which lets
 * it take them in faster. Reads by id always see every write.
 */
public interface LoadSettings {

    /**
     * Whether a first sync is running now; the store keeps the settings it was last told until told
     * otherwise, also across restarts.
     *
     * @throws StoreUnavailableException when the store could not change its settings (nothing is lost:
     *         it is told again at the next sync)
     */
    void firstSyncRunning(boolean running);
}
