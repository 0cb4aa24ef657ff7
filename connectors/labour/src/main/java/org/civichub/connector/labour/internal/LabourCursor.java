package org.civichub.connector.labour.internal;

import java.util.Objects;
import org.civichub.connector.kit.Positions;

/**
 * Where a sync run continues: the record type of the table to read next and the position in every
 * table after the pages read so far. Written {@code <record type>:<positions>}; {@link Positions}
 * are URL-encoded, so they hold no colon.
 */
record LabourCursor(String recordType, Positions positions) {

    LabourCursor {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(positions, "positions");
    }

    static LabourCursor parse(String written) {
        int colon = written.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not a labour cursor: " + written);
        }
        return new LabourCursor(written.substring(0, colon), Positions.parse(written.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return recordType + ":" + positions;
    }
}
