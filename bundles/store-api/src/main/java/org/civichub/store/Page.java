package org.civichub.store;

import java.util.List;

/** One page of a longer list: {@code page} is 0-based. */
public record Page<T>(long total, int page, int size, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }
}
