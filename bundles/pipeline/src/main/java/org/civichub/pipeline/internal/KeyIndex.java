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
 * The keys in memory may take a quarter of the heap ({@link KeyTable#footprint}; a key with its
 * share of the resident ids takes 25 to 50 bytes, so a 1 GiB heap holds about 5 to 10 million).
 * Beyond that the node reads the keys from the store again until it restarts: measured at
 * 1,000,000 persons in a 1 GiB heap with a tenth as the limit, that was from about 1,100,000
 * records on, and cost Elasticsearch 3.8 key reads per record over the run.
 * <p>
 * Called only under the intake lock.
 */
final class KeyIndex implements ResolverKeys {

    private static final long NONE = Long.MIN_VALUE;
    /** How many keys are loaded between two confirmations of the lock. */
    static final int CONFIRM_EVERY = 50_000;
    /** The keys in memory take at most the heap divided by this. */
    static final int HEAP_SHARE = 4;
    private static final Logger LOG = LoggerFactory.getLogger(KeyIndex.class);

    private final ResolverKeys store;
    private final long maxBytes;
    private boolean tooMany;
    private KeyTable table;
    private long loadedUnder = NONE;
    private long lastLocked = NONE;
    private boolean load;
    private int loads;
    private Runnable confirmLock = () -> { };

    KeyIndex(ResolverKeys store) {
        this(store, Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /** Keys from memory as long as they take at most {@code maxBytes} ({@link KeyTable#footprint}). */
    KeyIndex(ResolverKeys store, long maxBytes) {
        this.store = store;
        this.maxBytes = maxBytes;
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
        if (table == null && load && !tooMany) {
            long start = System.nanoTime();
            KeyTable loaded = new KeyTable();
            try {
                store.all(k -> {
                    loaded.put(k.key(), k.residentIds());
                    if (loaded.footprint() > maxBytes) {
                        throw new TooMany();
                    }
                    if (loaded.size() % CONFIRM_EVERY == 0) {
                        confirmLock.run();
                    }
                });
            } catch (TooMany e) {
                giveUp();
                return store.keys(keys);
            }
            table = loaded;
            loadedUnder = lastLocked;
            loads++;
            LOG.info("Resolution keys in memory: {} keys of {} residents read in {} ms, {} MB (intake lock fencing {})",
                    loaded.size(), loaded.residents(), (System.nanoTime() - start) / 1_000_000,
                    loaded.footprint() >> 20, loadedUnder);
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
            if (table.footprint() > maxBytes) {
                giveUp();
            }
        }
    }

    /** More keys than the heap allows for: from the store from now on. */
    private void giveUp() {
        table = null;
        loadedUnder = NONE;
        tooMany = true;
        LOG.warn("Resolution keys are read from the store from now on: they would take more than {} MB, a quarter of "
                + "this node's heap (with more heap they are kept in memory after a restart)", maxBytes >> 20);
    }

    /** Stops a load that found more keys than the heap allows for. */
    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
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
