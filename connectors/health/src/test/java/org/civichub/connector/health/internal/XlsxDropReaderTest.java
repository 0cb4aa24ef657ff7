package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxDropReaderTest {

    @TempDir
    Path dir;

    private Path write(XSSFWorkbook workbook) throws Exception {
        Path file = dir.resolve("family_20240501000000.xlsx");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
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
        assertThat(t.rows()).containsExactly(new DropRow(2, List.of("350203199003070014", "曾国强", "2")),
                new DropRow(4, List.of("350203199003070022", "林丽", "3")));
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

        assertThat(t.rows()).extracting(DropRow::values).containsExactly(List.of("1", "", ""), List.of("", "2", ""),
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
