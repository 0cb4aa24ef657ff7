package org.civichub.cxf;

import java.util.concurrent.Callable;

/**
 * Runs code that creates CXF clients or servers. CXF and the JAX-WS / JAX-RS APIs find their
 * implementations through the thread context class loader, which in OSGi is whatever bundle
 * happens to be calling; this sets it to the one that sees CXF for the duration of the call.
 */
public final class Cxf {

    private Cxf() {
    }

    /** Calls {@code action} with CXF's class loader as the thread context class loader. */
    public static <T> T call(Callable<T> action) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(Cxf.class.getClassLoader());
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
