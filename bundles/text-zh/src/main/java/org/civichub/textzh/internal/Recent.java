package org.civichub.textzh.internal;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a costly function of a text for the texts it was given lately: at most
 * {@code capacity} of them, all forgotten at once when that many are kept (names and addresses come
 * again within a page and across departments, so what is forgotten is soon back). The function must
 * give the same result for the same text every time. Thread-safe.
 *
 * @param <V> the result
 */
public final class Recent<V> implements Function<String, V> {

    private final Function<String, V> function;
    private final int capacity;
    private final ConcurrentHashMap<String, V> kept = new ConcurrentHashMap<>();

    public Recent(Function<String, V> function, int capacity) {
        this.function = Objects.requireNonNull(function, "function");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public V apply(String text) {
        V result = kept.get(text);
        if (result == null) {
            result = function.apply(text);
            if (kept.size() >= capacity) {
                kept.clear();
            }
            kept.put(text, result);
        }
        return result;
    }

    /** How many results are kept now. */
    int size() {
        return kept.size();
    }
}
