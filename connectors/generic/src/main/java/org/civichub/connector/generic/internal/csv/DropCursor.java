package org.civichub.connector.generic.internal.csv;

/**
 * Where a sync run goes on: in the middle of a file ({@code <name>#<row offset>}), or at the next
 * complete file ({@value #NEXT_FILE}).
 *
 * @param file   the file being read, {@code null} for the next file
 * @param offset how many of its data rows have been read
 */
record DropCursor(String file, int offset) {

    /** The cursor of the next complete file. */
    static final String NEXT_FILE = "next";

    /** The cursor written by {@link #toString()}; {@code null} or {@value #NEXT_FILE} for the next file. */
    static DropCursor parse(String cursor) {
        if (cursor == null || cursor.equals(NEXT_FILE)) {
            return new DropCursor(null, 0);
        }
        int hash = cursor.lastIndexOf('#');
        if (hash <= 0) {
            throw new IllegalArgumentException("not a drop cursor: " + cursor);
        }
        return new DropCursor(cursor.substring(0, hash), Integer.parseInt(cursor.substring(hash + 1)));
    }

    boolean isNextFile() {
        return file == null;
    }

    @Override
    public String toString() {
        return file == null ? NEXT_FILE : file + "#" + offset;
    }
}
