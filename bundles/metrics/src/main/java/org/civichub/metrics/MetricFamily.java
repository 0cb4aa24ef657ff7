package org.civichub.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * All instances of one metric at the moment of collection: its name, help, type and samples.
 *
 * @param samples ordered by labels; a histogram has a sample {@code _bucket} per bound (labelled
 *                {@code le}), then {@code _count} and {@code _sum}, per instance
 */
public record MetricFamily(String name, String help, Type type, List<Sample> samples) {

    /** The Prometheus metric types the registry produces. */
    public enum Type {
        COUNTER, GAUGE, HISTOGRAM;

        /** The name in a {@code # TYPE} line. */
        public String prometheusName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One value.
     *
     * @param suffix appended to the family name: empty, or {@code _bucket}, {@code _count} and {@code _sum} of a histogram
     */
    public record Sample(String suffix, Labels labels, double value) {

        public Sample {
            Objects.requireNonNull(suffix, "suffix");
            Objects.requireNonNull(labels, "labels");
        }
    }

    public MetricFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(type, "type");
        samples = List.copyOf(samples);
    }
}
