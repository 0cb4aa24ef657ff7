package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civichub.store.Lease;
import org.civichub.store.Leases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Leases shared by hub nodes: one holder at a time, taken over once expired, fenced, given back. */
class LeasesIT {

    private static final TestCluster CLUSTER = new TestCluster("leases");
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static ElasticsearchStores stores;
    private static Leases leases;

    @BeforeAll
    static void start() {
        stores = ElasticsearchStores.create(CLUSTER.settings());
        stores.ensureIndices();
        leases = stores.leases();
    }

    @AfterAll
    static void stop() {
        stores.close();
        CLUSTER.deleteAll();
    }

    @Test
    void aFreeLeaseIsTakenAndRenewedByItsHolderOnly() {
        Instant before = Instant.now();
        Lease taken = leases.acquire("connector/a", "node-1", MINUTE).orElseThrow();
        assertThat(taken.holder()).isEqualTo("node-1");
        assertThat(taken.fencing()).isEqualTo(1);
        assertThat(taken.expiresAt()).isAfterOrEqualTo(before.plus(MINUTE));

        assertThat(leases.acquire("connector/a", "node-2", MINUTE)).as("held by node-1").isEmpty();

        Lease renewed = leases.acquire("connector/a", "node-1", MINUTE).orElseThrow();
        assertThat(renewed.fencing()).as("the same holder keeps its fencing number").isEqualTo(1);
        assertThat(renewed.expiresAt()).isAfterOrEqualTo(taken.expiresAt());
        assertThat(leases.current("connector/a")).contains(renewed);
    }

    @Test
    void anExpiredLeasePassesToAnotherHolderWithAHigherFencingNumber() {
        Lease lapsed = leases.acquire("connector/b", "node-1", Duration.ZERO).orElseThrow();

        Lease taken = leases.acquire("connector/b", "node-2", MINUTE).orElseThrow();

        assertThat(taken.holder()).isEqualTo("node-2");
        assertThat(taken.fencing()).isEqualTo(lapsed.fencing() + 1);
        assertThat(leases.acquire("connector/b", "node-1", MINUTE)).as("node-1 lost it").isEmpty();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndAStaleReleaseChangesNothing() {
        Lease first = leases.acquire("channel/civil", "node-1", MINUTE).orElseThrow();
        leases.release(first);
        Lease second = leases.acquire("channel/civil", "node-2", MINUTE).orElseThrow();
        assertThat(second.fencing()).isEqualTo(first.fencing() + 1);

        leases.release(first);

        assertThat(leases.current("channel/civil")).as("node-1 no longer held it").contains(second);
        assertThat(leases.acquire("channel/civil", "node-1", MINUTE)).isEmpty();
    }

    @Test
    void theLeasesOfANameStartAreFoundExpiredOrNotAndNoOthers() {
        Lease one = leases.acquire("node/hub-1", "hub-1", MINUTE).orElseThrow();
        Lease two = leases.acquire("node/hub-2", "hub-2", Duration.ZERO).orElseThrow();
        leases.acquire("nodes/x", "hub-1", MINUTE).orElseThrow();
        leases.acquire("connector/node/y", "hub-1", MINUTE).orElseThrow();
        CLUSTER.send("POST", "/" + CLUSTER.prefix() + "-leases/_refresh");

        assertThat(leases.named("node/")).containsExactly(one, two);
        assertThat(leases.named("absent/")).isEmpty();
    }

    @Test
    void aLeaseNeverWrittenIsNotCurrent() {
        assertThat(leases.current("never")).isEmpty();
    }

    @Test
    void ofNodesAskingAtOnceExactlyOneGetsTheLeaseNewOrExpired() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 10; round++) {
                String name = "race/" + round;
                List<Lease> first = winners(pool, name);
                assertThat(first).as("a new lease, round %d", round).hasSize(1);
                leases.release(first.get(0));
                assertThat(winners(pool, name)).as("a lease given back, round %d", round).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The nodes that got the lease when six asked at the same moment. */
    private static List<Lease> winners(ExecutorService pool, String name) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Lease>>> asks = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            String node = "node-" + n;
            asks.add(pool.submit(() -> {
                go.await();
                return leases.acquire(name, node, MINUTE);
            }));
        }
        go.countDown();
        List<Lease> won = new ArrayList<>();
        for (Future<Optional<Lease>> ask : asks) {
            ask.get().ifPresent(won::add);
        }
        return won;
    }
}
