package org.civichub.rest.internal.view;

import java.util.List;

/** A merge or unmerge done: the residents it leaves, the one merged into first. */
public record MergeView(List<String> residents) {

    public MergeView {
        residents = List.copyOf(residents);
    }
}
