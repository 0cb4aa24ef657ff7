package org.civichub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop virtual users against one target: each user is a thread that thinks (an exponential
 * time with the given mean, capped at {@value #THINK_CAP} times the mean; none in a saturation
 * phase), sends the next search of the shared sequence and waits for the whole answer, over and
 * over. A phase starts every user at once, warms up, and then counts the searches that complete
 * within the measured window: answered with HTTP 200, with the latency from sending to the last
 * byte of the answer read; any other status or an I/O failure or time-out as an error. The
 * sequence starts from its first search in every phase, so each target gets the same searches in
 * the same order. The first error of the target is printed once to the error stream, later ones are
 * only counted.
 */
final class ClosedLoop {

    /** Think times are capped at this many times their mean. */
    static final int THINK_CAP = 5;

    private static final int MAX_BODY_SHOWN = 500;

    private final String target;
    private final HttpClient http;
    private final List<HttpRequest> requests;
    private final PrintStream err;
    private final AtomicBoolean errorShown = new AtomicBoolean();

    /**
     * @param target   the name of the target in the result lines ({@code api}, {@code es})
     * @param http     the client the users share; HTTP/1.1 keeps a connection per request in flight
     * @param requests the searches in the order they are sent, cycled; at least one
     */
    ClosedLoop(String target, HttpClient http, List<HttpRequest> requests, PrintStream err) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a closed loop needs at least one request");
        }
        this.target = target;
        this.http = http;
        this.requests = List.copyOf(requests);
        this.err = err;
    }

    /**
     * Runs one phase and returns what was measured in its window; takes about warm-up plus measured
     * seconds, and at most a request time-out more for the searches still in flight at the end.
     *
     * @param seed the seed of the users' think times: the same seed gives each user the same ones
     */
    PhaseResult run(int users, int thinkMs, double warmupSeconds, double seconds, long seed) {
        AtomicLong next = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<User> all = new ArrayList<>(users);
        List<Thread> threads = new ArrayList<>(users);
        for (int u = 0; u < users; u++) {
            User user = new User(seed, u, thinkMs, next, window, ready, go);
            all.add(user);
            Thread t = new Thread(user, "search-" + target + "-" + u);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        try {
            ready.await();
            long start = System.nanoTime();
            window[0] = start + Math.round(warmupSeconds * 1e9);
            window[1] = window[0] + Math.round(seconds * 1e9);
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.forEach(Thread::interrupt);
            throw new BaselineFailure("interrupted while the " + target + " users were running", e);
        }
        int total = all.stream().mapToInt(u -> u.count).sum();
        long[] latencies = new long[total];
        long[] answeredAt = new long[total];
        int at = 0;
        long errors = 0;
        for (User u : all) {
            System.arraycopy(u.latencies, 0, latencies, at, u.count);
            System.arraycopy(u.answeredAt, 0, answeredAt, at, u.count);
            at += u.count;
            errors += u.errors;
        }
        return PhaseResult.of(target, users, thinkMs, seconds, latencies, answeredAt, errors);
    }

    /**
     * A think time in nanoseconds for a uniform random number in [0, 1): exponential with the mean,
     * at most {@value #THINK_CAP} times the mean; 0 for a mean of 0.
     */
    static long thinkNanos(double uniform, int meanMs) {
        if (meanMs <= 0) {
            return 0;
        }
        double ms = Math.min(-Math.log(1 - uniform) * meanMs, (double) THINK_CAP * meanMs);
        return Math.round(ms * 1e6);
    }

    private void reportOnce(String message) {
        if (errorShown.compareAndSet(false, true)) {
            err.println("warning: " + target + ": first failed search: " + message + " (later failures are only counted)");
        }
    }

    private static String excerpt(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8).strip();
        return s.length() > MAX_BODY_SHOWN ? s.substring(0, MAX_BODY_SHOWN) + " ..." : s;
    }

    private final class User implements Runnable {

        private final SplittableRandom random;
        private final int thinkMs;
        private final AtomicLong next;
        private final long[] window;
        private final CountDownLatch ready;
        private final CountDownLatch go;
        private long[] latencies = new long[256];
        private long[] answeredAt = new long[256];
        private int count;
        private long errors;

        User(long seed, int index, int thinkMs, AtomicLong next, long[] window, CountDownLatch ready, CountDownLatch go) {
            // Seeded by the user's number too: the same user thinks the same times in every phase.
            this.random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L * (index + 1));
            this.thinkMs = thinkMs;
            this.next = next;
            this.window = window;
            this.ready = ready;
            this.go = go;
        }

        @Override
        public void run() {
            ready.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            long measureFrom = window[0];
            long end = window[1];
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                long wake = now + thinkNanos(random.nextDouble(), thinkMs);
                if (wake - end >= 0 || !sleepUntil(wake)) {
                    return;
                }
                HttpRequest request = requests.get((int) (next.getAndIncrement() % requests.size()));
                long sent = System.nanoTime();
                boolean ok;
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    ok = response.statusCode() == 200;
                    if (!ok) {
                        reportOnce(request.method() + " " + request.uri() + " answered HTTP " + response.statusCode()
                                + ": " + excerpt(response.body()));
                    }
                } catch (IOException e) {
                    ok = false;
                    reportOnce(request.method() + " " + request.uri() + " failed: " + e);
                } catch (InterruptedException e) {
                    return;
                }
                long done = System.nanoTime();
                if (done - measureFrom >= 0 && done - end <= 0) {
                    if (ok) {
                        record((done - sent + 500) / 1000, (done - measureFrom) / 1_000_000);
                    } else {
                        errors++;
                    }
                }
            }
        }

        private void record(long micros, long atMillis) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
                answeredAt = Arrays.copyOf(answeredAt, count * 2);
            }
            answeredAt[count] = atMillis;
            latencies[count++] = micros;
        }
    }

    /** Sleeps until the {@link System#nanoTime} deadline; false when interrupted. */
    private static boolean sleepUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
