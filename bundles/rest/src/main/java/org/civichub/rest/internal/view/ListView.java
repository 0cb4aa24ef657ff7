package org.civichub.rest.internal.view;

import java.util.List;

/** One page of a list: {@code page} is 0-based, {@code size} the page size asked for. */
public record ListView<T>(long total, int page, int size, List<T> items) {

    public ListView {
        items = List.copyOf(items);
    }
}
