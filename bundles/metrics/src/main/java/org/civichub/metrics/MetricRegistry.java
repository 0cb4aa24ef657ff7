package org.civichub.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.DoubleSupplier;
import org.osgi.service.component.annotations.Component;

/**
 * The in-memory {@link Metrics}: the hub's single registry as an OSGi service, and a plain object
 * for tests. Immediate, so its values live as long as the bundle, not as long as its users.
 */
@Component(service = Metrics.class, immediate = true)
public final class MetricRegistry implements Metrics {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String BOUND_LABEL = "le";

    private record Family(String help, MetricFamily.Type type, Map<Labels, Object> instances) {
    }

    private final Map<String, Family> families = new ConcurrentHashMap<>();

    @Override
    public Counter counter(String name, String help, Labels labels) {
        return (Counter) family(name, help, MetricFamily.Type.COUNTER).instances
                .computeIfAbsent(labels, l -> new Counter());
    }

    @Override
    public Timer timer(String name, String help, Labels labels) {
        if (labels.values().containsKey(BOUND_LABEL)) {
            throw new IllegalArgumentException("a timer's labels cannot have the name " + BOUND_LABEL
                    + ", which names its buckets' bounds: " + name);
        }
        return (Timer) family(name, help, MetricFamily.Type.HISTOGRAM).instances
                .computeIfAbsent(labels, l -> new Timer());
    }

    @Override
    public void gauge(String name, String help, Labels labels, DoubleSupplier value) {
        family(name, help, MetricFamily.Type.GAUGE).instances.put(labels, value);
    }

    @Override
    public List<MetricFamily> collect() {
        List<MetricFamily> out = new ArrayList<>();
        new TreeMap<>(families).forEach((name, f) -> {
            List<MetricFamily.Sample> samples = new ArrayList<>();
            List<MetricFamily.Sample> maxima = new ArrayList<>();
            f.instances.forEach((labels, m) -> {
                if (m instanceof Counter c) {
                    samples.add(new MetricFamily.Sample("", labels, c.value()));
                } else if (m instanceof Timer t) {
                    long[] cumulative = t.cumulativeCounts();
                    long count = t.count();
                    for (int i = 0; i < cumulative.length; i++) {
                        samples.add(new MetricFamily.Sample("_bucket",
                                labels.and(BOUND_LABEL, Double.toString(Timer.BOUNDS[i])), cumulative[i]));
                    }
                    samples.add(new MetricFamily.Sample("_bucket", labels.and(BOUND_LABEL, "+Inf"), count));
                    samples.add(new MetricFamily.Sample("_count", labels, count));
                    samples.add(new MetricFamily.Sample("_sum", labels, t.sumSeconds()));
                    maxima.add(new MetricFamily.Sample("", labels, t.maxSeconds()));
                } else if (m instanceof DoubleSupplier g) {
                    double v = g.getAsDouble();
                    if (!Double.isNaN(v)) {
                        samples.add(new MetricFamily.Sample("", labels, v));
                    }
                }
            });
            out.add(new MetricFamily(name, f.help, f.type, samples));
            if (f.type == MetricFamily.Type.HISTOGRAM) {
                out.add(new MetricFamily(name + "_max", "Longest of " + lowerFirst(f.help), MetricFamily.Type.GAUGE,
                        maxima));
            }
        });
        return out;
    }

    private Family family(String name, String help, MetricFamily.Type type) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException("not a metric name: " + name);
        }
        Family f = families.computeIfAbsent(name, n -> new Family(help, type, new ConcurrentSkipListMap<>()));
        if (f.type != type) {
            throw new IllegalArgumentException("metric " + name + " is a " + f.type.prometheusName()
                    + ", not a " + type.prometheusName());
        }
        return f;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
