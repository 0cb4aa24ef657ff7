package org.civichub.ledgers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An electronic ledger (电子台账): a titled table of text, written as a workbook by
 * {@link LedgerWorkbook}.
 *
 * <p>Every value is text, ID numbers included, so nothing is turned into a number or a date. Each
 * row has exactly one value per column; a {@code null} value is an empty cell. The lists are copied:
 * the record is immutable.
 *
 * @param title    the ledger's name, e.g. {@code 低保户台账}; it also names the sheet
 * @param subtitle the line under the title, e.g. {@code 辖区 350203001001 · 导出 2026-12-02 15:00 · 操作员 demo};
 *                 {@code null} for none
 * @param columns  the columns, at least one
 * @param rows     the data rows, possibly none
 */
public record Ledger(String title, String subtitle, List<Column> columns, List<List<String>> rows) {

    public Ledger {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        subtitle = subtitle == null ? "" : subtitle;
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a ledger needs at least one column");
        }
        Objects.requireNonNull(rows, "rows");
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = Objects.requireNonNull(rows.get(i), "row " + i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            // Not List.copyOf: a null value (an empty cell) is allowed.
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
