package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.civichub.store.ResolverKey;
import org.civichub.store.ResolverKeys;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    /** The keys a store holds, counting how often each kind of read asks it. */
    private static final class CountingKeys implements ResolverKeys {
        final Map<String, ResolverKey> stored = new LinkedHashMap<>();
        final List<Collection<String>> reads = new ArrayList<>();
        int scans;

        void write(String key, String... residents) {
            stored.put(key, new ResolverKey(key, List.of(residents)));
        }

        @Override
        public Map<String, ResolverKey> keys(Collection<String> keys) {
            reads.add(List.copyOf(keys));
            Map<String, ResolverKey> out = new LinkedHashMap<>();
            keys.stream().filter(stored::containsKey).forEach(k -> out.put(k, stored.get(k)));
            return out;
        }

        @Override
        public void all(Consumer<ResolverKey> each) {
            scans++;
            List.copyOf(stored.values()).forEach(each);
        }
    }

    private static final Runnable NOTHING = () -> { };

    private final CountingKeys store = new CountingKeys();
    private final KeyIndex index = new KeyIndex(store);

    @Test
    void theFirstLockUnderAFencingNumberReadsTheStoreAndTheSecondLoadsEverythingOnce() {
        store.write("i-1", "r1");
        index.locked(7, NOTHING);
        assertThat(index.keys(List.of("i-1", "i-2"))).containsOnlyKeys("i-1");
        assertThat(store.reads).hasSize(1);
        assertThat(index.inMemory()).isFalse();

        index.locked(7, NOTHING);
        assertThat(index.keys(List.of("i-1", "i-2"))).containsOnlyKeys("i-1");
        assertThat(index.keys(List.of("i-2"))).isEmpty();

        assertThat(store.reads).as("no read after the load").hasSize(1);
        assertThat(store.scans).isEqualTo(1);
        assertThat(index.inMemory()).isTrue();
    }

    @Test
    void whatABatchStoredIsAnsweredFromMemory() {
        index.locked(1, NOTHING);
        index.locked(1, NOTHING);
        index.keys(List.of());
        index.stored(List.of(new ResolverKey("b-1", List.of("r1", "r2")), new ResolverKey("i-9", List.of("r9"))));

        assertThat(index.keys(List.of("b-1", "i-9", "i-8"))).containsOnly(
                Map.entry("b-1", new ResolverKey("b-1", List.of("r1", "r2"))),
                Map.entry("i-9", new ResolverKey("i-9", List.of("r9"))));
        assertThat(store.reads).isEmpty();
    }

    @Test
    void anotherNodeHavingHeldTheLockSendsTheReadsToTheStoreUntilTheLockIsHeldTwiceAgain() {
        index.locked(1, NOTHING);
        index.locked(1, NOTHING);
        index.keys(List.of("i-1"));
        assertThat(index.inMemory()).isTrue();

        store.write("i-1", "r-of-the-other-node");
        index.locked(2, NOTHING);
        assertThat(index.inMemory()).isFalse();
        assertThat(index.keys(List.of("i-1"))).containsKey("i-1");
        assertThat(store.reads).hasSize(1);

        index.locked(2, NOTHING);
        assertThat(index.keys(List.of("i-1")).get("i-1").residentIds()).containsExactly("r-of-the-other-node");
        assertThat(store.scans).isEqualTo(2);
        assertThat(index.loads()).isEqualTo(2);
    }

    @Test
    void nodesTakingTurnsNeverLoad() {
        for (long fencing = 1; fencing < 20; fencing += 2) {
            index.locked(fencing, NOTHING);
            index.keys(List.of("i-1"));
        }

        assertThat(store.scans).isZero();
        assertThat(store.reads).hasSize(10);
    }

    @Test
    void aFailedBatchGivesUpMemoryAndTheNextReadLoadsWhatTheStoreHasNow() {
        index.locked(3, NOTHING);
        index.locked(3, NOTHING);
        index.keys(List.of("i-1"));
        store.write("i-1", "r1");

        index.forget();
        assertThat(index.inMemory()).isFalse();
        index.stored(List.of(new ResolverKey("i-2", List.of("r2"))));

        assertThat(index.keys(List.of("i-1", "i-2"))).as("i-2's write was not seen to succeed").containsOnlyKeys("i-1");
        assertThat(store.scans).isEqualTo(2);
    }

    @Test
    void aLongLoadConfirmsTheLockAsItGoes() {
        for (int i = 0; i < 2 * KeyIndex.CONFIRM_EVERY + 10; i++) {
            store.write("b-" + i, "r" + i);
        }
        int[] confirmed = {0};
        index.locked(5, () -> confirmed[0]++);
        index.locked(5, () -> confirmed[0]++);

        assertThat(index.keys(List.of("b-7"))).containsKey("b-7");
        assertThat(confirmed[0]).isEqualTo(2);
    }

    @Test
    void aLockLostDuringTheLoadFailsTheReadAndKeepsNothing() {
        for (int i = 0; i < KeyIndex.CONFIRM_EVERY + 1; i++) {
            store.write("b-" + i, "r" + i);
        }
        Runnable lost = () -> {
            throw new org.civichub.cluster.LeaseLostException("lost the lock intake");
        };
        index.locked(5, lost);
        index.locked(5, lost);

        assertThatThrownBy(() -> index.keys(List.of("b-7"))).isInstanceOf(org.civichub.cluster.LeaseLostException.class);
        assertThat(index.inMemory()).isFalse();
    }

    @Test
    void moreKeysThanTheHeapAllowsForAreReadFromTheStoreAndNotLoadedAgain() {
        KeyIndex small = new KeyIndex(store, EMPTY_TABLE);
        for (int i = 0; i < MORE_THAN_AN_EMPTY_TABLE_HOLDS; i++) {
            store.write("b-" + i, "r" + i);
        }
        small.locked(2, NOTHING);
        small.locked(2, NOTHING);

        assertThat(small.keys(List.of("b-4", "b-x"))).containsOnlyKeys("b-4");
        assertThat(small.inMemory()).isFalse();
        small.locked(2, NOTHING);
        small.keys(List.of("b-1"));

        assertThat(store.scans).as("one load, stopped when the table grew").isEqualTo(1);
        assertThat(store.reads).hasSize(2);
    }

    @Test
    void keysStoredPastWhatTheHeapAllowsForSendTheReadsToTheStore() {
        KeyIndex small = new KeyIndex(store, EMPTY_TABLE);
        small.locked(2, NOTHING);
        small.locked(2, NOTHING);
        small.keys(List.of());
        small.stored(List.of(new ResolverKey("b-1", List.of("r1")), new ResolverKey("b-2", List.of("r2"))));
        assertThat(small.inMemory()).isTrue();

        List<ResolverKey> many = new java.util.ArrayList<>();
        for (int i = 3; i < MORE_THAN_AN_EMPTY_TABLE_HOLDS; i++) {
            many.add(new ResolverKey("b-" + i, List.of("r" + i)));
        }
        small.stored(many);

        assertThat(small.inMemory()).isFalse();
        small.locked(2, NOTHING);
        small.keys(List.of("b-1"));
        assertThat(store.scans).isEqualTo(1);
        assertThat(store.reads).hasSize(1);
    }

    /** The heap a table takes before it first grows, and room for a few ids not of the hub's form. */
    private static final long EMPTY_TABLE = new KeyTable().footprint() + 1_000;
    /** Keys enough to make a table grow. */
    private static final int MORE_THAN_AN_EMPTY_TABLE_HOLDS = 5_000;
}
