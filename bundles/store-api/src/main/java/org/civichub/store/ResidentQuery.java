package org.civichub.store;

import java.util.List;

/**
 * A search for residents. {@code text} matches a name in characters, full pinyin or initials, a
 * full or partial ID number, or address text; {@code community} (optional) restricts to a division
 * code prefix; every one of {@code tags} (kind codes such as {@code subsistence}, or kind and
 * detail such as {@code disability:肢体}) must be an active tag of the resident; every one of
 * {@code conflicts} (a field such as {@code status}, or field and departments such as
 * {@code status:civil/police}, or {@value #ANY_CONFLICT} for any) must be an open conflict of the
 * resident; {@code place} (optional) restricts to the residents living there. Without text, the residents
 * come by where they live (building, unit, room).
 */
public record ResidentQuery(String text, String community, List<String> tags, List<String> conflicts, Place place,
                            int page, int size) {

    public ResidentQuery(String text, String community, List<String> tags, List<String> conflicts, int page,
                         int size) {
        this(text, community, tags, conflicts, null, page, size);
    }

    public ResidentQuery(String text, String community, int page, int size) {
        this(text, community, List.of(), List.of(), null, page, size);
    }

    public ResidentQuery(String text, String community, List<String> tags, int page, int size) {
        this(text, community, tags, List.of(), null, page, size);
    }


    public static final int MAX_SIZE = 200;

    /** The conflict term that any conflict matches. */
    public static final String ANY_CONFLICT = "*";

    public ResidentQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
