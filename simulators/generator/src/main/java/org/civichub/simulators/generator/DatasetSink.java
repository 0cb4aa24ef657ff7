package org.civichub.simulators.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Streams records into the files of one dataset directory and their ground truth into truth.csv.
 * A record is handed over whole, with all its versions, so that it gets exactly one truth row.
 */
final class DatasetSink implements Closeable {

    private final Map<DatasetFile, CsvWriter> writers = new EnumMap<>(DatasetFile.class);
    private final Map<DatasetFile, long[]> rows = new EnumMap<>(DatasetFile.class);

    DatasetSink(Path directory) throws IOException {
        try {
            for (DatasetFile file : DatasetFile.values()) {
                CsvWriter writer = new CsvWriter(directory.resolve(file.relativePath()));
                writers.put(file, writer);
                writer.writeRow(file.columns().toArray(String[]::new));
                rows.put(file, new long[1]);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Writes the versions of one record, oldest first, and its truth row. */
    void write(String personKey, List<Row> versions) {
        DatasetFile file = versions.get(0).file();
        String key = versions.get(0).get(file.keyColumn());
        try {
            for (Row version : versions) {
                if (version.file() != file || !version.get(file.keyColumn()).equals(key)) {
                    throw new IllegalArgumentException("versions of one record must share file and key: " + key);
                }
                writers.get(file).writeRow(version.values());
            }
            rows.get(file)[0] += versions.size();
            writers.get(DatasetFile.TRUTH).writeRow(file.recordKey(key), personKey);
            rows.get(DatasetFile.TRUTH)[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.relativePath(), e);
        }
    }

    void write(String personKey, Row onlyVersion) {
        write(personKey, List.of(onlyVersion));
    }

    /** Rows written so far per file, headers not counted. */
    Map<DatasetFile, Long> rowCounts() {
        Map<DatasetFile, Long> counts = new EnumMap<>(DatasetFile.class);
        rows.forEach((file, count) -> counts.put(file, count[0]));
        return counts;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
