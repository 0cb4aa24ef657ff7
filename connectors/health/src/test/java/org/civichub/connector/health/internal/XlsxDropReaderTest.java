package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civichub.connector.kit.FileRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxDropReaderTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("身份证号", "姓名", "居住地址");
    /** Values as a department writes them: white space at either end and inside, full-width characters, line breaks. */
    private static final List<List<String>> AS_WRITTEN = List.of(
            List.of(" 411528197509164044", " 林丽华", "福建省厦门市思明区嘉禾路８８号"),
            List.of("411528197509164044 ", "林  丽华", "嘉禾路88号\r\n5栋"),
            List.of("  350203199003070014  ", "陈 小雨 ", "\t嘉禾路\t"),
            List.of("\u3000350203199003070022", "Ｌｉｎ\u3000Ｌｉ", " "),
            List.of("３５０２０３１９９００３０７００３ｘ", "林丽华\u3000", "嘉禾路88号\n5栋  "));

    private Path write(Workbook workbook) throws Exception {
        Path file = dir.resolve("family_20240501000000.xlsx");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** The header and rows above on the first sheet, every cell a string. */
    private Path asWritten(Workbook workbook) throws Exception {
        Sheet s = workbook.createSheet("family");
        row(s, 0, HEADER.toArray());
        for (int i = 0; i < AS_WRITTEN.size(); i++) {
            row(s, i + 1, AS_WRITTEN.get(i).toArray());
        }
        return write(workbook);
    }

    private static List<FileRow> expectedRows() {
        List<FileRow> rows = new ArrayList<>();
        for (int i = 0; i < AS_WRITTEN.size(); i++) {
            rows.add(new FileRow(i + 2, AS_WRITTEN.get(i)));
        }
        return rows;
    }

    private static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row r = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                r.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                r.createCell(i).setCellValue((String) values[i]);
            }
        }
    }

    @Test
    void readsTheFirstSheetsHeaderAndRowsNumberedAsTheSheetNumbersThem() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("family");
        row(s, 0, "身份证号", "姓名", "子女数");
        row(s, 1, "350203199003070014", "曾国强", "2");
        row(s, 3, "350203199003070022", "林丽", 3);

        DropTable t = XlsxDropReader.read(write(wb));

        assertThat(t.header()).containsExactly("身份证号", "姓名", "子女数");
        assertThat(t.rows()).containsExactly(new FileRow(2, List.of("350203199003070014", "曾国强", "2")),
                new FileRow(4, List.of("350203199003070022", "林丽", "3")));
    }

    @Test
    void inlineStringsAsTheSimulatorWritesThemReadExactlyWhiteSpaceAndFullWidthCharactersIncluded() throws Exception {
        Path file = asWritten(new SXSSFWorkbook());
        assertThat(part(file, "xl/worksheets/sheet1.xml")).as("the cell as the health simulator writes it")
                .contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 411528197509164044</t></is></c>");

        DropTable t = XlsxDropReader.read(file);

        assertThat(t.header()).containsExactlyElementsOf(HEADER);
        assertThat(t.rows()).containsExactlyElementsOf(expectedRows());
    }

    @Test
    void sharedStringsAsExcelWritesThemReadExactlyWhiteSpaceAndFullWidthCharactersIncluded() throws Exception {
        Path file = asWritten(new XSSFWorkbook());
        assertThat(part(file, "xl/worksheets/sheet1.xml")).contains("<c r=\"A2\" t=\"s\"");
        assertThat(part(file, "xl/sharedStrings.xml")).contains("<t xml:space=\"preserve\"> 411528197509164044</t>");

        DropTable t = XlsxDropReader.read(file);

        assertThat(t.header()).containsExactlyElementsOf(HEADER);
        assertThat(t.rows()).containsExactlyElementsOf(expectedRows());
    }

    @Test
    void theSameRowsWrittenAsGbkCsvReadIdentically() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, GbkText.GBK), CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            csv.printRecords(AS_WRITTEN);
        }

        DropTable fromCsv = CsvDropReader.read(bytes.toByteArray());

        assertThat(fromCsv.rows()).containsExactlyElementsOf(expectedRows());
        assertThat(fromCsv).isEqualTo(XlsxDropReader.read(asWritten(new SXSSFWorkbook())))
                .isEqualTo(XlsxDropReader.read(asWritten(new XSSFWorkbook())));
    }

    @Test
    void missingCellsAreEmptyValuesAndCellsBeyondTheHeaderAreKept() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("family");
        row(s, 0, "a", "b", "c");
        row(s, 1, "1", null, null);
        row(s, 2, null, "2", null);
        row(s, 3, "1", "2", "3", null, "5");

        DropTable t = XlsxDropReader.read(write(wb));

        assertThat(t.rows()).extracting(FileRow::values).containsExactly(List.of("1", "", ""), List.of("", "2", ""),
                List.of("1", "2", "3", "", "5"));
    }

    @Test
    void furtherSheetsMayBeEmptyButMustNotHoldData() throws Exception {
        XSSFWorkbook empty = new XSSFWorkbook();
        row(empty.createSheet("family"), 0, "a");
        empty.createSheet("Sheet2");
        assertThat(XlsxDropReader.read(write(empty)).header()).containsExactly("a");

        XSSFWorkbook two = new XSSFWorkbook();
        row(two.createSheet("family"), 0, "a");
        row(two.createSheet("more"), 5, "x");
        assertThatThrownBy(() -> XlsxDropReader.read(write(two))).isInstanceOfSatisfying(UnreadableDropException.class,
                e -> {
                    assertThat(e.rule()).isEqualTo("xlsx.sheets");
                    assertThat(e.getMessage()).contains("more");
                });
    }

    @Test
    void anEmptySheetHasNoHeader() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("family");
        assertThatThrownBy(() -> XlsxDropReader.read(write(wb))).isInstanceOfSatisfying(UnreadableDropException.class,
                e -> assertThat(e.rule()).isEqualTo("header.present"));
    }

    @Test
    void aFileThatIsNoWorkbookIsUnreadable() throws Exception {
        Path file = dir.resolve("births_20240501000000.xlsx");
        Files.writeString(file, "出生医学证明编号,新生儿姓名\r\n");
        assertThatThrownBy(() -> XlsxDropReader.read(file)).isInstanceOfSatisfying(UnreadableDropException.class,
                e -> assertThat(e.rule()).isEqualTo("xlsx.readable"));
    }

    @Test
    void theCallersContextClassLoaderIsRestored() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("family"), 0, "a");
        Path file = write(wb);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader marker = new ClassLoader(before) {
        };
        Thread.currentThread().setContextClassLoader(marker);
        try {
            XlsxDropReader.read(file);
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(marker);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
