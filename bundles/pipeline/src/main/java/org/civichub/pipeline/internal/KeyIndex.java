package org.civichub.pipeline.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.civichub.store.ResolverKey;
import org.civichub.store.ResolverKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolution keys as the resolver reads them: from memory while that is the truth, else from the
 * store. Only the holder of the intake lock writes keys, and the lock's fencing number moves on
 * whenever another node takes it, so keys loaded under one fencing number, with what this node
 * stored since, are all the keys there are until that number changes. They are loaded the second
 * time in a row this node takes the lock under the same number (a node that shares the intake with
 * a busy one reads the store instead of loading everything for every batch), and dropped when a
 * batch fails, since a failed batch may have stored some of its keys and not others. Loading a
 * million residents' keys takes longer than a lease: every {@value #CONFIRM_EVERY} keys the lock is
 * confirmed (and extended) in the store, so no other node takes it meanwhile.
 * <p>
 * Called only under the intake lock.
 */
final class KeyIndex implements ResolverKeys {

    private static final long NONE = Long.MIN_VALUE;
    /** How many keys are loaded between two confirmations of the lock. */
    static final int CONFIRM_EVERY = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(KeyIndex.class);

    private final ResolverKeys store;
    private KeyTable table;
    private long loadedUnder = NONE;
    private long lastLocked = NONE;
    private boolean load;
    private int loads;
    private Runnable confirmLock = () -> { };

    KeyIndex(ResolverKeys store) {
        this.store = store;
    }

    /**
     * This node took the intake lock under this fencing number; {@code confirmLock} confirms in the
     * store that it still holds it, extending it, or throws.
     */
    synchronized void locked(long fencing, Runnable confirmLock) {
        this.confirmLock = confirmLock;
        if (fencing != loadedUnder) {
            table = null;
            loadedUnder = NONE;
        }
        load = fencing == lastLocked;
        lastLocked = fencing;
    }

    @Override
    public synchronized Map<String, ResolverKey> keys(Collection<String> keys) {
        if (table == null && load) {
            long start = System.nanoTime();
            KeyTable loaded = new KeyTable();
            store.all(k -> {
                loaded.put(k.key(), k.residentIds());
                if (loaded.size() % CONFIRM_EVERY == 0) {
                    confirmLock.run();
                }
            });
            table = loaded;
            loadedUnder = lastLocked;
            loads++;
            LOG.info("Resolution keys in memory: {} keys of {} residents read in {} ms (intake lock fencing {})",
                    loaded.size(), loaded.residents(), (System.nanoTime() - start) / 1_000_000, loadedUnder);
        }
        if (table == null) {
            return store.keys(keys);
        }
        Map<String, ResolverKey> out = new LinkedHashMap<>();
        for (String key : keys) {
            List<String> residents = table.get(key);
            if (residents != null) {
                out.put(key, new ResolverKey(key, residents));
            }
        }
        return out;
    }

    /** The keys of a batch are durable: memory follows. */
    synchronized void stored(List<ResolverKey> keys) {
        if (table != null) {
            keys.forEach(k -> table.put(k.key(), k.residentIds()));
        }
    }

    /** A batch failed: which of its keys the store has is unknown, so memory is given up. */
    synchronized void forget() {
        table = null;
        loadedUnder = NONE;
    }

    @Override
    public void all(Consumer<ResolverKey> each) {
        store.all(each);
    }

    /** Whether the keys are answered from memory now. */
    synchronized boolean inMemory() {
        return table != null;
    }

    /** How often the keys were loaded from the store. */
    synchronized int loads() {
        return loads;
    }
}
