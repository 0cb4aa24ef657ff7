package org.civichub.connector.health.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civichub.connector.kit.FileRow;
import org.civichub.connector.kit.PackedRows;

/**
 * Reads a drop CSV file: GBK (decoded strictly), RFC 4180, a header row. Blank lines hold no values
 * and are skipped; rows are numbered as records, the header being row 1. Each row keeps as many
 * values as it has, so a row of the wrong width reaches the mapper as it is.
 */
public final class CsvDropReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();

    private CsvDropReader() {
    }

    /**
     * @throws UnreadableDropException {@code csv.gbk} for bytes that are not GBK, {@code csv.syntax}
     *                                 for quoting the format cannot read, {@code header.present} for an empty file
     */
    public static DropTable read(byte[] bytes) throws UnreadableDropException {
        String text = GbkText.decode(bytes);
        List<String> header = null;
        PackedRows.Builder rows = new PackedRows.Builder();
        int row = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                List<String> values = records.next().toList();
                row++;
                if (header == null) {
                    header = values.stream().map(String::strip).toList();
                } else {
                    rows.add(new FileRow(row, values));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            throw new UnreadableDropException("csv.syntax", "row " + (row + 1),
                    "not readable as RFC 4180 CSV: " + cause.getMessage());
        }
        if (header == null) {
            throw new UnreadableDropException("header.present", "row 1", "the file is empty: it has no header row");
        }
        return new DropTable(header, rows.build());
    }
}
