package org.civichub.connector.health.internal;

import java.util.List;
import java.util.Optional;
import org.civichub.connector.api.Mapping;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * Rejects a row whose number of values differs from its header's ({@link RowFields#COLUMNS}): its
 * values cannot be trusted to sit under the right columns. Each contract column the row lacks is a
 * violation {@code row.columns} of that column; a row that lacks none (it has values beyond the
 * header) is one violation of {@link RowFields#COLUMNS}. The messages name the file and the row.
 */
final class RaggedRow {

    static final String RULE = "row.columns";

    private RaggedRow() {
    }

    static Optional<Mapping> check(SourceRecord r, DropType type) {
        String columns = r.payload().get(RowFields.COLUMNS);
        if (columns == null) {
            return Optional.empty();
        }
        String[] counts = columns.split("/", 2);
        String row = r.field(RowFields.FILE) + " row " + r.field(RowFields.ROW) + " has " + counts[0]
                + " values but its header has " + (counts.length > 1 ? counts[1] : "?") + " columns";
        List<Violation> violations = type.columns().stream().filter(c -> !r.payload().containsKey(c))
                .map(c -> new Violation(c, RULE, "", row + ": " + c + " is missing")).toList();
        if (violations.isEmpty()) {
            violations = List.of(new Violation(RowFields.COLUMNS, RULE, columns,
                    row + ": the values do not line up with the columns"));
        }
        return Optional.of(Mapping.rejected(violations));
    }
}
