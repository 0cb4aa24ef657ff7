package org.civichub.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civichub.cluster.LeaseLostException;
import org.civichub.store.Lease;
import org.civichub.store.Leases;
import org.civichub.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;

class KeptLeasesTest {

    private static final Duration LEASE = Duration.ofSeconds(15);

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final FakeLeases store = new FakeLeases();
    private final KeptLeases a = new KeptLeases(store, "node-a", LEASE, clock);
    private final KeptLeases b = new KeptLeases(store, "node-b", LEASE, clock);

    @Test
    void aWantedLeaseIsHeldAfterARenewalAndKeptByRenewingEveryThirdOfItsTime() {
        a.want("connector/police-default");
        assertThat(a.holds("connector/police-default")).as("not before the first round").isFalse();

        a.renew();
        assertThat(a.holds("connector/police-default")).isTrue();
        assertThat(a.renewalInterval()).isEqualTo(Duration.ofSeconds(5));

        for (int i = 0; i < 10; i++) {
            now = now.plus(a.renewalInterval());
            a.renew();
            b.want("connector/police-default");
            b.renew();
            assertThat(a.holds("connector/police-default")).isTrue();
            assertThat(b.holds("connector/police-default")).isFalse();
        }
    }

    @Test
    void aNodeCutOffFromTheStoreStopsBeforeAnotherMayTakeOver() {
        a.want("intake");
        a.renew();
        Instant expiry = store.leases.get("intake").expiresAt();
        store.down = true;

        now = expiry.minus(LEASE.dividedBy(3));
        a.renew();
        assertThat(a.holds("intake")).as("a third of the lease before its expiry").isFalse();

        store.down = false;
        b.want("intake");
        b.renew();
        assertThat(b.holds("intake")).as("not expired yet: still node-a's in the store").isFalse();
        now = expiry;
        b.renew();
        assertThat(b.holds("intake")).isTrue();
        assertThat(b.held("intake").orElseThrow().fencing()).isEqualTo(2);
        a.renew();
        assertThat(a.holds("intake")).as("node-a finds it taken").isFalse();
    }

    @Test
    void twoNodesShareEachKindOfLeaseAndTheOneLeftTakesThemAllWhenTheOtherStops() {
        List<String> work = List.of("channel/civil", "channel/police",
                "connector/civil", "connector/health", "connector/labour", "connector/police");
        work.forEach(a::want);
        a.renew();
        assertThat(work).allMatch(a::holds);

        work.forEach(b::want);
        b.renew();
        assertThat(b.nodes()).isEqualTo(2);
        assertThat(work).noneMatch(b::holds);
        a.renew();
        assertThat(work).as("node-a stops the work over its share of each kind at once").filteredOn(a::holds)
                .containsExactly("channel/civil", "connector/civil", "connector/health");
        b.renew();
        assertThat(work).as("and gives the leases back a round later").noneMatch(b::holds);
        a.renew();
        b.renew();
        assertThat(work).filteredOn(b::holds).containsExactly("channel/police", "connector/labour", "connector/police");

        for (int i = 0; i < 6; i++) {
            now = now.plus(a.renewalInterval());
            a.renew();
            b.renew();
            assertThat(work).as("stable, round %d", i).filteredOn(a::holds).hasSize(3);
            assertThat(work).filteredOn(b::holds).hasSize(3);
        }

        now = now.plus(LEASE);
        a.renew();
        assertThat(a.nodes()).as("node-b stopped renewing").isEqualTo(1);
        assertThat(work).allMatch(a::holds);
        assertThat(a.held("connector/police").orElseThrow().fencing()).as("a, b, a again").isEqualTo(3);
    }

    @Test
    void aNodeStoppedCleanlyIsNotCountedAtOnce() {
        a.want("x");
        a.want("y");
        a.renew();
        b.want("x");
        b.want("y");
        b.renew();
        a.renew();
        assertThat(a.share("x")).isEqualTo(1);

        b.releaseAll();
        a.renew();

        assertThat(a.nodes()).isEqualTo(1);
        assertThat(a.holds("x")).isTrue();
        assertThat(a.holds("y")).isTrue();
    }

    @Test
    void aLeaseFirstWantedIsTakenAtOnceOnlyWithinTheShare() {
        a.want("x");
        a.renew();
        b.want("x");
        b.renew();
        a.renew();
        a.want("y");
        a.renew("y");
        assertThat(a.share("y")).as("two wanted, two nodes").isEqualTo(1);
        assertThat(a.holds("y")).as("node-a holds its share already").isFalse();

        b.want("y");
        b.renew("y");
        assertThat(b.holds("y")).isTrue();
    }

    @Test
    void aDroppedLeaseIsGivenBackAtOnce() {
        a.want("channel/civil");
        a.renew();
        a.drop("channel/civil");
        assertThat(a.holds("channel/civil")).isFalse();

        b.want("channel/civil");
        b.renew();
        assertThat(b.holds("channel/civil")).isTrue();
        a.renew();
        assertThat(a.holds("channel/civil")).as("no longer wanted").isFalse();
    }

    @Test
    void releasingAllLetsAnotherNodeTakeEveryLeaseAtOnce() {
        a.want("x");
        a.want("y");
        a.renew();
        a.releaseAll();
        b.want("x");
        b.want("y");
        b.renew();
        assertThat(b.holds("x")).isTrue();
        assertThat(b.holds("y")).isTrue();
    }

    @Test
    void aLockIsWaitedForWhileAnotherNodeHoldsItAndFreeOnceGivenBack() throws InterruptedException {
        Lease mine = a.lock("intake", ms -> fail("a free lock is taken at once"));
        List<Long> waits = new ArrayList<>();
        Lease theirs = b.lock("intake", ms -> {
            waits.add(ms);
            if (waits.size() == 8) {
                a.unlock(mine);
            }
        });
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 50L, 50L);
        assertThat(theirs.holder()).isEqualTo("node-b");
        assertThat(theirs.fencing()).isEqualTo(mine.fencing() + 1);
    }

    @Test
    void aLockAnotherNodeHadWhileItsHolderStalledFailsTheCheckAndIsNotKept() throws InterruptedException {
        Lease mine = a.lock("intake", ms -> fail("free"));
        now = now.plus(LEASE).plusSeconds(1);
        Lease theirs = b.lock("intake", ms -> fail("run out"));
        b.unlock(theirs);

        assertThatThrownBy(() -> a.confirmLock(mine)).isInstanceOf(LeaseLostException.class)
                .hasMessage("node node-a lost the lock intake (fencing 1): another node held it since (fencing 3)");
        Lease next = b.lock("intake", ms -> fail("node-a gave back what its check took"));
        assertThat(next.holder()).isEqualTo("node-b");
    }

    @Test
    void aLockAnotherNodeHoldsNowFailsTheCheck() throws InterruptedException {
        Lease mine = a.lock("intake", ms -> fail("free"));
        now = now.plus(LEASE).plusSeconds(1);
        b.lock("intake", ms -> fail("run out"));

        assertThatThrownBy(() -> a.confirmLock(mine)).isInstanceOf(LeaseLostException.class)
                .hasMessage("node node-a lost the lock intake (fencing 1) to another node");
    }

    @Test
    void aLockThatRanOutWithNoOtherTakerPassesTheCheckAndIsExtended() throws InterruptedException {
        Lease mine = a.lock("intake", ms -> fail("free"));
        now = now.plus(LEASE).plusSeconds(1);

        a.confirmLock(mine);

        assertThat(store.leases.get("intake").expiresAt()).isEqualTo(now.plus(LEASE));
        assertThat(store.leases.get("intake").fencing()).isEqualTo(1);
        a.unlock(mine);
        assertThat(b.lock("intake", ms -> fail("given back")).fencing()).isEqualTo(2);
    }

    @Test
    void aHeldLeasePassesTheCheckOnlyWhileTheStoreHasItAsThisNodesUnderTheSameFencing() {
        a.want("connector/police");
        a.renew();
        a.confirmHeld("connector/police");

        // a node whose clock runs ahead took it over while node-a's own view still says held
        store.leases.put("connector/police", new Lease("connector/police", "node-b", now.plus(LEASE), 2));
        assertThat(a.holds("connector/police")).isTrue();
        assertThatThrownBy(() -> a.confirmHeld("connector/police")).isInstanceOf(LeaseLostException.class)
                .hasMessage("node node-a lost the lease connector/police (fencing 1): the store has node-b, fencing 2");

        assertThatThrownBy(() -> a.confirmHeld("connector/civil")).isInstanceOf(LeaseLostException.class)
                .hasMessage("node node-a no longer holds the lease connector/civil");
    }

    @Test
    void aStalledNodeFailsTheCheckOfALeaseItsViewStillShowedBeforeTheStall() {
        a.want("connector/police");
        a.renew();
        now = now.plus(LEASE);
        b.want("connector/police");
        b.renew();

        assertThatThrownBy(() -> a.confirmHeld("connector/police")).isInstanceOf(LeaseLostException.class)
                .hasMessage("node node-a no longer holds the lease connector/police");
    }

    @Test
    void aLeaseBeingGivenBackPassesTheCheckUntilTheStoreHasItBack() {
        a.want("connector/x");
        a.want("connector/y");
        a.renew();
        b.want("connector/x");
        b.want("connector/y");
        b.renew();
        a.renew();
        String leaving = a.holds("connector/x") ? "connector/y" : "connector/x";
        assertThat(a.holds(leaving)).as("its work stopped").isFalse();

        a.confirmHeld(leaving);

        a.renew();
        assertThatThrownBy(() -> a.confirmHeld(leaving)).isInstanceOf(LeaseLostException.class);
    }

    @Test
    void theHolderIsTheStoresUntilTheLeaseRunsOut() {
        assertThat(b.holder("connector/x")).isEmpty();
        a.want("connector/x");
        a.renew();
        assertThat(b.holder("connector/x")).contains("node-a");
        now = now.plus(LEASE);
        assertThat(b.holder("connector/x")).as("run out").isEmpty();
    }

    @Test
    void refusesALeaseTooShortToRenew() {
        assertThatThrownBy(() -> new KeptLeases(store, "n", Duration.ofSeconds(2), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 s");
    }

    /** The store's rules in memory: one holder until expiry, fencing raised on each change of holder. */
    private final class FakeLeases implements Leases {
        final Map<String, Lease> leases = new HashMap<>();
        boolean down;

        @Override
        public Optional<Lease> acquire(String name, String holder, Duration duration) {
            check();
            Lease was = leases.get(name);
            if (was != null && !was.holder().equals(holder) && !was.expiredAt(now)) {
                return Optional.empty();
            }
            long fencing = was == null ? 1 : was.holder().equals(holder) ? was.fencing() : was.fencing() + 1;
            Lease lease = new Lease(name, holder, now.plus(duration), fencing);
            leases.put(name, lease);
            return Optional.of(lease);
        }

        @Override
        public void release(Lease lease) {
            check();
            Lease was = leases.get(lease.name());
            if (was != null && was.holder().equals(lease.holder()) && was.fencing() == lease.fencing()) {
                leases.put(lease.name(), new Lease(lease.name(), lease.holder(), now, lease.fencing()));
            }
        }

        @Override
        public Optional<Lease> current(String name) {
            return Optional.ofNullable(leases.get(name));
        }

        @Override
        public List<Lease> named(String prefix) {
            check();
            return leases.values().stream().filter(l -> l.name().startsWith(prefix))
                    .sorted(Comparator.comparing(Lease::name)).toList();
        }

        private void check() {
            if (down) {
                throw new StoreUnavailableException("down", null);
            }
        }
    }
}
