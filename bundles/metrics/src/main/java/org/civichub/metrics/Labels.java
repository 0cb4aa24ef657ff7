package org.civichub.metrics;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels of one metric instance, ordered by name. Names are {@code [a-zA-Z_][a-zA-Z0-9_]*}
 * and do not start with {@code __}; values are any text (they are escaped when written).
 */
public record Labels(Map<String, String> values) implements Comparable<Labels> {

    /** No labels. */
    public static final Labels NONE = new Labels(Map.of());

    public Labels {
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k == null || !k.matches("[a-zA-Z_][a-zA-Z0-9_]*") || k.startsWith("__")) {
                throw new IllegalArgumentException("not a label name: " + k);
            }
            if (v == null) {
                throw new IllegalArgumentException("label " + k + " has no value");
            }
            sorted.put(k, v);
        });
        values = Collections.unmodifiableMap(sorted);
    }

    public static Labels of(String name, String value) {
        return new Labels(Map.of(name, value));
    }

    public static Labels of(String name1, String value1, String name2, String value2) {
        return new Labels(Map.of(name1, value1, name2, value2));
    }

    /** These labels and one more; the new one wins over an existing one of the same name. */
    public Labels and(String name, String value) {
        TreeMap<String, String> more = new TreeMap<>(values);
        more.put(name, value);
        return new Labels(more);
    }

    /** Label by label: names first, then values; fewer labels first when one is a prefix of the other. */
    @Override
    public int compareTo(Labels o) {
        Iterator<Map.Entry<String, String>> a = values.entrySet().iterator();
        Iterator<Map.Entry<String, String>> b = o.values.entrySet().iterator();
        while (a.hasNext() && b.hasNext()) {
            Map.Entry<String, String> x = a.next();
            Map.Entry<String, String> y = b.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                c = x.getValue().compareTo(y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }
}
