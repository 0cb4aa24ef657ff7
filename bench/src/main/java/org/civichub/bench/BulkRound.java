package org.civichub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends every body of a round once, in order, with a fixed number of requests in flight: each of
 * {@code clients} threads takes the next body as soon as its previous request is answered, so
 * Elasticsearch always has the next bulk waiting while it indexes one.
 */
final class BulkRound {

    private BulkRound() {
    }

    /**
     * The wall time in nanoseconds from the first request to the last answer.
     *
     * @throws BaselineFailure from the first request that failed; the others stop after their current one
     */
    static long send(ElasticsearchHttp es, String index, List<byte[]> bodies, int clients) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "bulk-client");
            t.setDaemon(true);
            return t;
        });
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>(clients);
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < bodies.size() && !failed.get(); i = next.getAndIncrement()) {
                            es.bulk(index, bodies.get(i));
                        }
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            for (Future<?> worker : workers) {
                await(worker);
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> worker) {
        try {
            worker.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BaselineFailure failure) {
                throw failure;
            }
            throw new BaselineFailure("a bulk client failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineFailure("interrupted while the bulk clients were running", e);
        }
    }
}
