package org.civichub.simulators.civil;

import java.util.List;

import org.civichub.simulators.common.Row;

/**
 * One page of a record type.
 *
 * @param rows the rows in table order
 * @param next the cursor of the following page, or null on the last page
 */
record FeedPage(List<Row> rows, Cursor next) {
}
