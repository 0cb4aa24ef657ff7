package org.civichub.store;

/**
 * A search for residents. {@code text} matches a name in characters, full pinyin or initials, a
 * full or partial ID number, or address text; {@code community} (optional) restricts to a division
 * code prefix.
 */
public record ResidentQuery(String text, String community, int page, int size) {

    public static final int MAX_SIZE = 200;

    public ResidentQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
