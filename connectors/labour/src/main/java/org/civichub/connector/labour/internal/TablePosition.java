package org.civichub.connector.labour.internal;

import java.util.Objects;

/**
 * Where a read of one exchange table stands: the last row read, by its {@code CZSJ} exactly as
 * stored and its {@code ROW_ID}. Written {@code CZSJ|ROW_ID}, e.g. {@code 2024-05-01 08:00:00|17}.
 */
public record TablePosition(String czsj, long rowId) {

    public TablePosition {
        Objects.requireNonNull(czsj, "czsj");
    }

    /**
     * Reads a written position; {@code null} stays {@code null} (nothing read yet).
     *
     * @throws IllegalArgumentException when it is not {@code CZSJ|ROW_ID}
     */
    public static TablePosition parse(String written) {
        if (written == null) {
            return null;
        }
        // CZSJ is text as the department wrote it and may hold anything; ROW_ID is digits.
        int bar = written.lastIndexOf('|');
        if (bar < 0 || !written.substring(bar + 1).matches("\\d{1,18}")) {
            throw new IllegalArgumentException("not a position CZSJ|ROW_ID: '" + written + "'");
        }
        return new TablePosition(written.substring(0, bar), Long.parseLong(written.substring(bar + 1)));
    }

    @Override
    public String toString() {
        return czsj + "|" + rowId;
    }
}
