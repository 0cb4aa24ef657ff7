package org.civichub.connector.generic.internal.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civichub.model.IdMask;

/**
 * Checks a drop file's header against the mapping's {@code source.fields}: every one present (in any
 * order, other columns allowed), and every column named once. A file not in the configured charset
 * that still decodes fails here, its headers read as other characters.
 */
final class HeaderCheck {

    private HeaderCheck() {
    }

    /** @throws UnreadableFileException {@code header.columns} naming what is wrong */
    static void check(List<String> sourceFields, List<String> header) throws UnreadableFileException {
        List<String> missing = sourceFields.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException("header.columns", "row 1", "the header lacks " + String.join(", ", missing)
                    + " of the mapping's source.fields; it reads: " + abbreviated(String.join(", ", header))
                    + " (a file in another charset than configured reads so)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                throw new UnreadableFileException("header.columns", "row 1", "column " + (i + 1)
                        + " of the header has no name");
            }
            if (!seen.add(column)) {
                throw new UnreadableFileException("header.columns", "row 1", "the header names column "
                        + abbreviated(column) + " twice");
            }
        }
    }

    /** The header as read, shortened, with anything like an ID number masked (a data row may stand in its place). */
    private static String abbreviated(String s) {
        String masked = IdMask.mask(s);
        return masked.length() <= 120 ? masked : masked.substring(0, 120) + "…";
    }
}
