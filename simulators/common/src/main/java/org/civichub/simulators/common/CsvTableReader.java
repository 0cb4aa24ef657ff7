package org.civichub.simulators.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads one dataset CSV file (UTF-8, header row, RFC 4180 quoting) into a {@link RecordTable}. */
final class CsvTableReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(true)
            .build();

    private CsvTableReader() {
    }

    static RecordTable read(Path file, TableSpec spec) {
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = FORMAT.parse(reader)) {
            List<String> columns = parser.getHeaderNames();
            List<List<String>> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                rows.add(values);
                lines.add(parser.getCurrentLineNumber() - lineBreaks(values));
            }
            return RecordTable.read(spec, columns, rows, lines.stream().mapToLong(Long::longValue).toArray());
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new DatasetException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // The parser counts the line a record ends on; a quoted value may span lines (CRLF, CR or LF
    // counted once each, as the parser counts them).
    private static long lineBreaks(List<String> values) {
        long breaks = 0;
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    // Spreadsheet tools save UTF-8 CSV with a byte order mark, which would otherwise become part of
    // the first column's name.
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
