package org.civichub.simulators.common;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts the requests in progress on a simulator's endpoints so that closing can wait for them.
 * Stopping Jetty under a request that is still finishing (its client may already hold the whole
 * response) makes CXF log a failed send; after {@link #drain} starts, new requests get 503.
 */
final class RequestTracker implements Filter {

    private final Object lock = new Object();
    private int active;
    private boolean draining;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        synchronized (lock) {
            if (draining) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            active++;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            synchronized (lock) {
                active--;
                lock.notifyAll();
            }
        }
    }

    /** Refuses new requests and waits up to {@code timeoutMillis} for the current ones to finish. */
    void drain(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        synchronized (lock) {
            draining = true;
            long remaining = timeoutMillis;
            while (active > 0 && remaining > 0) {
                try {
                    lock.wait(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                remaining = (deadline - System.nanoTime()) / 1_000_000;
            }
        }
    }
}
