package org.civichub.connector.health.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civichub.model.IdMask;

/**
 * Checks a drop file's header against its type's contract: every contract column present (in any
 * order, other columns allowed), and every column named once. A file that is not GBK but was read as
 * GBK fails here, its Chinese headers read as other characters.
 */
public final class HeaderCheck {

    private HeaderCheck() {
    }

    /** @throws UnreadableDropException {@code header.columns} naming what is wrong */
    public static void check(DropType type, List<String> header) throws UnreadableDropException {
        List<String> missing = type.columns().stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableDropException("header.columns", "row 1", "the header lacks "
                    + String.join(", ", missing) + " of the " + type.recordType() + " contract; it reads: "
                    + abbreviated(String.join(", ", header)) + " (a CSV file not encoded in GBK reads so)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                throw new UnreadableDropException("header.columns", "row 1",
                        "column " + (i + 1) + " of the header has no name");
            }
            if (!seen.add(column)) {
                throw new UnreadableDropException("header.columns", "row 1",
                        "the header names column " + abbreviated(column) + " twice");
            }
        }
    }

    /** The header as read, shortened, with anything like an ID number masked (a data row may stand in its place). */
    private static String abbreviated(String s) {
        String masked = IdMask.mask(s);
        return masked.length() <= 120 ? masked : masked.substring(0, 120) + "…";
    }
}
