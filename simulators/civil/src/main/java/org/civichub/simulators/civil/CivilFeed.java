package org.civichub.simulators.civil;

import java.time.Instant;
import java.util.List;

import org.civichub.simulators.common.RecordTable;
import org.civichub.simulators.common.Row;

/**
 * Pages one table in its order (update time, key, file order). Stateless: a cursor names the last row
 * served and the run's bound, so every page is computed from the immutable table alone, and moving
 * the clock during a run changes nothing for that run.
 */
final class CivilFeed {

    private CivilFeed() {
    }

    /** The first page of a run: rows updated in (since, bound], since null meaning from the beginning. */
    static FeedPage first(RecordTable table, Instant since, Instant bound, int limit) {
        int start = since == null ? 0 : table.indexAfter(since);
        return page(table, start, bound, limit);
    }

    /**
     * The page after a cursor's row, within the cursor's bound.
     *
     * @throws IllegalArgumentException when the cursor was issued for another record type
     */
    static FeedPage next(RecordTable table, Cursor cursor, int limit) {
        if (!cursor.type().equals(table.spec().name())) {
            throw new IllegalArgumentException("cursor was issued for " + cursor.type() + ", not "
                    + table.spec().name());
        }
        List<Row> rows = table.rows();
        int start = table.indexAtOrAfter(cursor.updatedAt());
        while (start < rows.size() && !isAfter(rows.get(start), cursor)) {
            start++;
        }
        return page(table, start, cursor.bound(), limit);
    }

    private static boolean isAfter(Row row, Cursor cursor) {
        int byTime = row.updatedAt().compareTo(cursor.updatedAt());
        if (byTime != 0) {
            return byTime > 0;
        }
        int byKey = row.key().compareTo(cursor.key());
        return byKey != 0 ? byKey > 0 : row.fileOrder() > cursor.fileOrder();
    }

    private static FeedPage page(RecordTable table, int start, Instant bound, int limit) {
        int end = Math.max(start, table.indexAfter(bound));
        int stop = Math.min(end, start + limit);
        List<Row> rows = table.rows().subList(start, stop);
        Cursor next = stop < end ? Cursor.after(table.spec().name(), bound, rows.get(rows.size() - 1)) : null;
        return new FeedPage(List.copyOf(rows), next);
    }
}
