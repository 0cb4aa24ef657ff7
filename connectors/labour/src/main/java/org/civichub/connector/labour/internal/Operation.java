package org.civichub.connector.labour.internal;

import java.util.Map;
import org.civichub.connector.kit.FieldReader;

/** The operation column {@code CZLX} of an exchange table row: insert, update or delete. */
enum Operation {
    INSERT, UPDATE, DELETE;

    private static final Map<String, Operation> CODES = Map.of("I", INSERT, "U", UPDATE, "D", DELETE);

    /** The row's operation; an empty one violates {@code field.present}, another code {@code code.CZLX}. */
    static Operation read(FieldReader f) {
        if (f.required(ExchangeTable.CZLX) == null) {
            return null;
        }
        return f.choice(ExchangeTable.CZLX, CODES, "code.CZLX");
    }
}
