package org.civichub.simulators.health;

import java.time.Instant;
import java.util.Objects;

/**
 * One data file written to the drop folder (its {@code .ok} marker written too).
 *
 * @param sequence 1 for the first file written, 2 for the next, …
 * @param name the file name, e.g. {@code births_20240501100000.csv}
 * @param type the file type, {@code births} or {@code family}
 * @param format CSV or XLSX
 * @param rows the number of data rows (the header not counted)
 * @param clock the clock step that wrote it (the time in the name)
 */
public record Drop(long sequence, String name, String type, DropFormat format, int rows, Instant clock) {

    public Drop {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(clock, "clock");
    }

    /** The marker's name, {@code <name>.ok}. */
    public String okName() {
        return name + HealthContract.OK_SUFFIX;
    }
}
