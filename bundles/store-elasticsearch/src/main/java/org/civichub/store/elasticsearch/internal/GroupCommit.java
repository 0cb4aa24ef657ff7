package org.civichub.store.elasticsearch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Items written in groups by the callers themselves, each caller returning once its own item is
 * written: the first caller takes the turn and writes everything queued (up to a group's size);
 * callers that arrive meanwhile queue their items and wait, and the moment a write ends the turn
 * passes to one of them. So an item waits for at most the group in flight and its own, and a lone
 * caller writes at once. A failed write fails every item of its group; later groups try again.
 *
 * @param <T> the items
 */
final class GroupCommit<T> {

    private record Pending<T>(T item, CompletableFuture<Void> done) {
    }

    private final Consumer<List<T>> write;
    private final int maxGroup;
    private final ConcurrentLinkedQueue<Pending<T>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock();
    /** Waited on by callers whose items are queued while another caller writes. */
    private final Object turnEnded = new Object();

    /** @param write writes a group of items durably, or throws; called by one caller at a time */
    GroupCommit(Consumer<List<T>> write, int maxGroup) {
        this.write = write;
        this.maxGroup = maxGroup;
    }

    /**
     * Returns once the item is written.
     *
     * @throws RuntimeException what the write of the item's group threw
     * @throws InterruptedException when interrupted while waiting; the item may still be written
     */
    void commit(T item) throws InterruptedException {
        Pending<T> p = new Pending<>(item, new CompletableFuture<>());
        queue.add(p);
        while (!p.done().isDone()) {
            if (turn.tryLock()) {
                try {
                    writeQueued();
                } finally {
                    turn.unlock();
                }
                synchronized (turnEnded) {
                    turnEnded.notifyAll();
                }
            } else {
                synchronized (turnEnded) {
                    // The writer notifies only after it let go of the turn, and needs this monitor to
                    // do so: seen locked here, the end of its turn cannot be missed.
                    if (!p.done().isDone() && turn.isLocked()) {
                        turnEnded.wait();
                    }
                }
            }
        }
        try {
            p.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void writeQueued() {
        List<Pending<T>> group = new ArrayList<>();
        for (Pending<T> p; group.size() < maxGroup && (p = queue.poll()) != null; ) {
            group.add(p);
        }
        if (group.isEmpty()) {
            return;
        }
        try {
            write.accept(group.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            group.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        group.forEach(p -> p.done().complete(null));
    }
}
