/**
 * The hub's metrics: one {@link org.civichub.metrics.Metrics} service that bundles record counters,
 * timers (histograms) and gauges in, and {@link org.civichub.metrics.PrometheusText}, which writes them in the
 * Prometheus text exposition format. Metrics hold numbers and labels only, never personal data.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.civichub.metrics;
