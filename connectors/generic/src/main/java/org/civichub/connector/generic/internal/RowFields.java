package org.civichub.connector.generic.internal;

/**
 * Fields a file source adds to every record's payload beside the file's own columns, named with a
 * leading underscore. They say where the row was read, and mark a row whose number of values
 * differs from its header's.
 */
public final class RowFields {

    /** The name of the file the row was read from. */
    public static final String FILE = "_file";

    /** The row's number in the file, the header row being 1. */
    public static final String ROW = "_row";

    /**
     * Present only on a row whose number of values differs from the header's:
     * {@code <values>/<header columns>}, e.g. {@code 8/10}. The columns a short row lacks are absent
     * from the payload; the values of a long row beyond the header are kept under {@link #column}.
     */
    public static final String COLUMNS = "_columns";

    private RowFields() {
    }

    /** The field that keeps a value found beyond the header, by its 1-based column number. */
    public static String column(int number) {
        return "_column" + number;
    }
}
