package org.civichub.simulators.health;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link DropContent} in one of the {@link DropFormat}s. CSV is GBK with CRLF line ends; a
 * character GBK cannot hold becomes {@code ?}, as in the department's own exports. XLSX is streamed,
 * so large steps do not hold the workbook in memory; it has one sheet named after the file type.
 */
final class DropFileWriter {

    private static final int XLSX_WINDOW = 200;

    private DropFileWriter() {
    }

    static void write(DropContent content, DropFormat format, String sheetName, OutputStream out) throws IOException {
        if (format == DropFormat.CSV) {
            writeCsv(content, out);
        } else {
            writeXlsx(content, sheetName, out);
        }
    }

    private static void writeCsv(DropContent content, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, HealthContract.CSV_CHARSET));
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(content.header());
        for (List<String> row : content.rows()) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static void writeXlsx(DropContent content, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try (workbook) {
            Sheet sheet = workbook.createSheet(sheetName);
            appendRow(sheet, 0, content.header());
            for (int i = 0; i < content.rows().size(); i++) {
                appendRow(sheet, i + 1, content.rows().get(i));
            }
            workbook.write(out);
        } finally {
            // the streaming workbook keeps the rows that left its window in temporary files
            workbook.dispose();
        }
    }

    private static void appendRow(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
