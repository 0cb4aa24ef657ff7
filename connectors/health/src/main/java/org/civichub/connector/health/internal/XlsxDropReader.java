package org.civichub.connector.health.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.civichub.connector.kit.FileRow;
import org.civichub.connector.kit.PackedRows;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a drop XLSX workbook, streaming its XML rather than building the workbook in memory. The
 * first sheet holds the file: its first row the header, the others the data rows, numbered as the
 * sheet numbers them. A cell reads as the text it shows. A row has no width of its own in a
 * workbook, so a row with fewer cells than the header has empty values for the rest; cells beyond
 * the header are kept. A further sheet holding data makes the file unreadable rather than half read.
 */
public final class XlsxDropReader {

    private XlsxDropReader() {
    }

    /**
     * @throws UnreadableDropException {@code xlsx.readable} for a file that is no workbook (e.g. a
     *                                 truncated one), {@code xlsx.sheets} when it has no sheet or
     *                                 data in a second one, {@code header.present} for an empty sheet
     */
    public static DropTable read(Path file) throws UnreadableDropException {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // XMLBeans looks schema types up through the context class loader; POI is embedded here.
        thread.setContextClassLoader(XlsxDropReader.class.getClassLoader());
        try {
            return readPackage(file);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static DropTable readPackage(Path file) throws UnreadableDropException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new UnreadableDropException("xlsx.readable", null, "not a readable XLSX workbook: " + describe(e));
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new UnreadableDropException("xlsx.sheets", null, "the workbook has no sheet");
            }
            RowCollector rows = readSheet(sheets.next(), reader, strings);
            while (sheets.hasNext()) {
                InputStream next = sheets.next();
                if (readSheet(next, reader, strings).header != null) {
                    throw new UnreadableDropException("xlsx.sheets", null, "sheet " + sheets.getSheetName()
                            + " also holds data; a drop workbook has its rows on one sheet");
                }
            }
            if (rows.header == null) {
                throw new UnreadableDropException("header.present", "row 1", "the sheet is empty: it has no header row");
            }
            return new DropTable(rows.header, rows.data.build());
        } catch (UnreadableDropException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableDropException("xlsx.readable", null, "the workbook cannot be read: " + describe(e));
        } finally {
            pkg.revert();
        }
    }

    private static RowCollector readSheet(InputStream sheet, XSSFReader reader, ReadOnlySharedStringsTable strings)
            throws Exception {
        try (sheet) {
            RowCollector rows = new RowCollector();
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                    new DataFormatter(Locale.ROOT), false));
            xml.parse(new InputSource(sheet));
            return rows;
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Collects the rows that hold a value: the first as the header (stripped), the others packed,
     * each without its trailing empty cells but at least as wide as the header.
     */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        List<String> header;
        final PackedRows.Builder data = new PackedRows.Builder();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            int width = current.size();
            while (width > 0 && current.get(width - 1).isEmpty()) {
                width--;
            }
            if (width == 0) {
                return;
            }
            List<String> values = new ArrayList<>(current.subList(0, width));
            if (header == null) {
                header = values.stream().map(String::strip).toList();
                return;
            }
            while (values.size() < header.size()) {
                values.add("");
            }
            data.add(new FileRow(rowNum + 1, values));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            String text = value == null ? "" : value;
            if (column < current.size()) {
                current.set(column, text);
            } else {
                current.add(text);
            }
        }
    }
}
