package org.civichub.metrics;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The hub's metric registry, one per hub (an OSGi service). A metric is named once, with one type
 * and one help text, and has one instance per set of {@link Labels}. Asking again for the same name
 * and labels returns the same instance, so callers need not keep it. Values live in memory and
 * start at zero when the hub starts, as Prometheus expects of counters.
 *
 * <p>Names follow Prometheus: {@code [a-zA-Z_:][a-zA-Z0-9_:]*}, counters end in {@code _total} and
 * timers in {@code _seconds}. Label values must not carry personal data: connector ids, record
 * types and outcomes only. Thread-safe.
 */
@ProviderType
public interface Metrics {

    /**
     * The counter of this name and labels, created at zero when new.
     *
     * @throws IllegalArgumentException when the name is invalid or already names another type
     */
    Counter counter(String name, String help, Labels labels);

    /**
     * The timer of this name and labels, created empty when new.
     *
     * @throws IllegalArgumentException when the name is invalid or already names another type
     */
    Timer timer(String name, String help, Labels labels);

    /**
     * Registers (or replaces) a gauge read when the metrics are collected. A value that is not a
     * number ({@link Double#NaN}) leaves the gauge out of that collection, for a value that is
     * unknown for now.
     *
     * @throws IllegalArgumentException when the name is invalid or already names another type
     */
    void gauge(String name, String help, Labels labels, DoubleSupplier value);

    /** A snapshot of every metric, families ordered by name and samples by labels. */
    List<MetricFamily> collect();
}
