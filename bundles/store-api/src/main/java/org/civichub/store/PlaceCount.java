package org.civichub.store;

import java.util.Map;

/**
 * How many residents live at one key of a {@link PlaceLevel} ({@link Place#UNKNOWN} for those whose
 * address does not give it), in how many registered households, and how many have each active tag
 * kind.
 */
public record PlaceCount(String key, long residents, long households, Map<String, Long> tags) {

    public PlaceCount {
        tags = Map.copyOf(tags);
    }
}
