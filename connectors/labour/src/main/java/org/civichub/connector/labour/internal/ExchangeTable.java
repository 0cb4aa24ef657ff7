package org.civichub.connector.labour.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One exchange table of the labour department as the connector reads it: the record type its rows
 * become ({@code jy_dj}, {@code sb_cb}), its name in the database (with any schema prefix), its key
 * column and the columns read, {@code ROW_ID} first. The SQL is plain: unquoted identifiers, bound
 * parameters, no dialect's paging clause.
 */
public record ExchangeTable(String recordType, String name, String keyColumn, List<String> columns) {

    public static final String ROW_ID = "ROW_ID";
    public static final String CZLX = "CZLX";
    public static final String CZSJ = "CZSJ";

    /** A table name, optionally qualified by schema (and catalog): unquoted SQL identifiers only. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*\\.){0,2}[A-Za-z_][A-Za-z0-9_$]*");

    /** 就业登记. */
    public static final ExchangeTable JY_DJ = new ExchangeTable("jy_dj", "JY_DJ", "DJBH",
            List.of(ROW_ID, "DJBH", "SFZHM", "XM", "DWMC", "JYZT", "DJRQ", "ZXRQ", CZLX, CZSJ));

    /** 社保参保. */
    public static final ExchangeTable SB_CB = new ExchangeTable("sb_cb", "SB_CB", "CBBH",
            List.of(ROW_ID, "CBBH", "SFZHM", "XM", "XZLX", "CBZT", "CBRQ", CZLX, CZSJ));

    public ExchangeTable {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(keyColumn, "keyColumn");
        columns = List.copyOf(columns);
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("not a table name (letters, digits, _ and $, optionally "
                    + "schema-qualified, e.g. EXCH.JY_DJ): " + name);
        }
        if (!columns.get(0).equals(ROW_ID) || !columns.contains(keyColumn) || !columns.contains(CZSJ)) {
            throw new IllegalArgumentException("an exchange table is read with ROW_ID first, its key and CZSJ");
        }
    }

    /**
     * The tables a run reads, in order: employment registrations, then insurance enrolments, named
     * {@code prefix + name}.
     *
     * @throws IllegalArgumentException when a name so made is no plain (optionally schema-qualified) table name
     */
    public static List<ExchangeTable> configured(String prefix, String jyDj, String sbCb) {
        String p = prefix == null ? "" : prefix.strip();
        return List.of(JY_DJ.named(p + jyDj.strip()), SB_CB.named(p + sbCb.strip()));
    }

    /** This table under another name, e.g. {@code EXCH.JY_DJ}. */
    public ExchangeTable named(String newName) {
        return new ExchangeTable(recordType, newName, keyColumn, columns);
    }

    /** The rows from the beginning. A row without {@code CZSJ} has no place in the order and is not read. */
    String firstSql() {
        return select() + " WHERE " + CZSJ + " IS NOT NULL" + order();
    }

    /**
     * The rows after a position ({@code CZSJ}, {@code ROW_ID}), bound as {@code CZSJ, CZSJ, ROW_ID}:
     * {@code CZSJ > ? OR (CZSJ = ? AND ROW_ID > ?)}, written so that an index on ({@code CZSJ},
     * {@code ROW_ID}) serves it as a range.
     */
    String afterSql() {
        return select() + " WHERE " + CZSJ + " >= ? AND (" + CZSJ + " > ? OR " + ROW_ID + " > ?)" + order();
    }

    private String select() {
        return "SELECT " + String.join(", ", columns) + " FROM " + name;
    }

    private static String order() {
        return " ORDER BY " + CZSJ + ", " + ROW_ID;
    }
}
