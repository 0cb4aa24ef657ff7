package org.civichub.store.elasticsearch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final List<List<String>> groups = new CopyOnWriteArrayList<>();

    @Test
    void aLoneCallerWritesItsItemAtOnce() throws InterruptedException {
        new GroupCommit<String>(groups::add, 10).commit("a");

        assertThat(groups).containsExactly(List.of("a"));
    }

    @Test
    void itemsQueuedWhileAGroupIsWrittenAreWrittenTogetherAsSoonAsItEnds() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<String> commit = new GroupCommit<>(group -> {
            if (group.contains("a")) {
                writing.countDown();
                await(release);
            }
            groups.add(group);
        }, 10);

        Thread a = committing(commit, "a");
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        Thread b = committing(commit, "b");
        Thread c = committing(commit, "c");
        awaitWaiting(b);
        awaitWaiting(c);
        release.countDown();

        for (Thread t : List.of(a, b, c)) {
            t.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(t.isAlive()).as("%s returned: the turn passed on when the write ended", t.getName()).isFalse();
        }
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly("a");
        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void aFailedWriteFailsItsGroupAndTheNextGroupIsWritten() throws InterruptedException {
        GroupCommit<String> commit = new GroupCommit<>(group -> {
            if (group.contains("bad")) {
                throw new IllegalStateException("the store refused " + group);
            }
            groups.add(group);
        }, 10);

        assertThatThrownBy(() -> commit.commit("bad")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the store refused [bad]");
        commit.commit("good");

        assertThat(groups).containsExactly(List.of("good"));
    }

    @Test
    void manyCallersAtOnceHaveEachItemWrittenOnceInGroupsNoLargerThanTheLimit() throws Exception {
        GroupCommit<String> commit = new GroupCommit<>(groups::add, 7);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Thread th = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        commit.commit(thread + ":" + i);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(t.isAlive()).isFalse();
        }
        List<String> written = new ArrayList<>();
        groups.forEach(written::addAll);
        assertThat(written).hasSize(1600).doesNotHaveDuplicates();
        assertThat(groups).allMatch(g -> g.size() <= 7);
    }

    private static Thread committing(GroupCommit<String> commit, String item) {
        Thread t = new Thread(() -> {
            try {
                commit.commit(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "commit " + item);
        t.start();
        return t;
    }

    /** Until the thread waits for the turn (it has queued its item and found the turn taken). */
    private static void awaitWaiting(Thread t) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> t.getState() == Thread.State.WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
