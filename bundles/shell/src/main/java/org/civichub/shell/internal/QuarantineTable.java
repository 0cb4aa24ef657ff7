package org.civichub.shell.internal;

import org.apache.karaf.shell.support.table.ShellTable;
import org.civichub.model.DateMask;
import org.civichub.model.IdMask;
import org.civichub.model.Violation;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;

/**
 * The table {@code civichub:quarantine} prints: one row per violation, with ID-number-like values
 * masked in the record key and the value, and dates in the value masked to their year.
 */
final class QuarantineTable {

    private QuarantineTable() {
    }

    static ShellTable of(Page<QuarantineEntry> page) {
        ShellTable table = new ShellTable().emptyTableText("nothing in quarantine");
        for (String c : new String[] {"Record key", "Field", "Rule", "Value", "Received"}) {
            table.column(c);
        }
        for (QuarantineEntry e : page.items()) {
            for (Violation v : e.violations()) {
                table.addRow().addContent(IdMask.mask(e.record().key().recordKey()), v.field(), v.rule(),
                        DateMask.mask(IdMask.mask(v.value())), e.record().fetchedAt().toString());
            }
        }
        return table;
    }

    /** The line under the table: which entries of how many were shown. */
    static String footer(Page<QuarantineEntry> page) {
        long first = (long) page.page() * page.size();
        if (page.items().isEmpty()) {
            return "page " + page.page() + ": no entries (" + page.total() + " in total)";
        }
        return "entries " + (first + 1) + "-" + (first + page.items().size()) + " of " + page.total()
                + " (page " + page.page() + ", size " + page.size() + ")";
    }
}
