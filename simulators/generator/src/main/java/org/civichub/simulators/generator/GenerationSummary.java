package org.civichub.simulators.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What one run wrote.
 *
 * @param directory       the dataset directory
 * @param persons         distinct persons (person keys in truth.csv)
 * @param households      registered households
 * @param floatingPersons persons in police/floating.csv, none of them in police/person.csv
 * @param communities     communities the households live in
 * @param births          babies born during the period (rows of health/births.csv)
 * @param deaths          registered residents who died during the period (rows of civil/death.csv)
 * @param rows            data rows per file, header not counted, in {@link DatasetFile} order
 * @param mess            per flaw, how many units were eligible and how many got it
 * @param elapsed         wall time the run took; the only value that differs between equal runs
 */
public record GenerationSummary(Path directory, int persons, int households, int floatingPersons, int communities,
                                int births, int deaths, Map<DatasetFile, Long> rows, Map<MessKind, MessTally> mess,
                                Duration elapsed) {

    public GenerationSummary {
        rows = Collections.unmodifiableMap(new EnumMap<>(rows));
        mess = Collections.unmodifiableMap(new EnumMap<>(mess));
    }

    public long rows(DatasetFile file) {
        return rows.getOrDefault(file, 0L);
    }

    public MessTally mess(MessKind kind) {
        return mess.get(kind);
    }

    /** One line for a terminal: persons, households, rows per file, elapsed seconds. */
    public String oneLine() {
        StringJoiner files = new StringJoiner(" ");
        rows.forEach((file, count) -> files.add(file.relativePath() + "=" + count));
        return String.format(java.util.Locale.ROOT, "%d persons (%d households, %d floating, %d births, %d deaths) in %d communities; rows: %s;"
                        + " %.1f s", persons, households, floatingPersons, births, deaths, communities, files,
                elapsed.toMillis() / 1000.0);
    }
}
