package org.civichub.ledgers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class LedgerWorkbookTest {

    private static final String SUBTITLE = "辖区 350203001001 · 导出 2026-12-02 15:00 · 操作员 demo";
    private static final List<Column> COLUMNS = List.of(
            new Column("姓名", 6), new Column("公民身份号码", 10), new Column("住址", 200));

    private static Ledger ledger(List<List<String>> rows) {
        return new Ledger("低保户台账", SUBTITLE, COLUMNS, rows);
    }

    private static XSSFWorkbook writeAndRead(Ledger ledger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWorkbook.write(ledger, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void titleSubtitleAndHeaderLeadTheSheet() throws IOException {
        try (XSSFWorkbook book = writeAndRead(ledger(List.of(List.of("张三", "350203198903290016", "厦门市思明区"))))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("低保户台账");

            XSSFCell title = sheet.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("低保户台账");
            assertThat(title.getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 2), new CellRangeAddress(1, 1, 0, 2));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(SUBTITLE);

            Row header = sheet.getRow(2);
            assertThat(header.getLastCellNum()).isEqualTo((short) 3);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue())).containsExactly("姓名", "公民身份号码", "住址");
            for (Cell cell : header) {
                XSSFCell c = (XSSFCell) cell;
                assertThat(c.getCellStyle().getFont().getBold()).isTrue();
                assertThat(c.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(c.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            }
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("张三");
        }
    }

    @Test
    void idNumbersAndCodesComeBackAsTheSameText() throws IOException {
        List<String> values = List.of("350203********0016", "350203198903290016", "35020319890329001X",
                "000123", "1E5", "2026-12-02", "13800138000");
        List<List<String>> rows = values.stream().map(v -> List.of("张三", v, v)).collect(Collectors.toList());
        try (XSSFWorkbook book = writeAndRead(ledger(rows))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int i = 0; i < values.size(); i++) {
                for (int c = 1; c <= 2; c++) {
                    XSSFCell cell = sheet.getRow(3 + i).getCell(c);
                    assertThat(cell.getCellType()).as(values.get(i)).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(values.get(i));
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
                }
            }
            assertThat(sheet.getIgnoredErrors().get(IgnoredErrorType.NUMBER_STORED_AS_TEXT))
                    .containsExactly(new CellRangeAddress(3, 3 + values.size() - 1, 0, 2));
        }
    }

    @Test
    void chineseTextRoundTrips() throws IOException {
        List<String> row = List.of("欧阳𠮷", "福建省厦门市思明区鹭江街道", "「引号」、全角１２３，＂符号＂ & <xml>");
        try (XSSFWorkbook book = writeAndRead(ledger(List.of(row)))) {
            Row read = book.getSheetAt(0).getRow(3);
            for (int c = 0; c < row.size(); c++) {
                assertThat(read.getCell(c).getStringCellValue()).isEqualTo(row.get(c));
            }
        }
    }

    @Test
    void headerIsFrozenAndFiltered() throws IOException {
        List<List<String>> rows = List.of(List.of("张三", "1", "a"), List.of("李四", "2", "b"));
        try (XSSFWorkbook book = writeAndRead(ledger(rows))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:C5");
        }
    }

    @Test
    void printsLandscapeOnePageWideWithTheHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook book = writeAndRead(ledger(List.of()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
        }
    }

    @Test
    void columnWidthsComeFromTheColumnsCapped() throws IOException {
        try (XSSFWorkbook book = writeAndRead(ledger(List.of()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(6 * 2 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(10 * 2 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(255 * 256);
        }
    }

    @Test
    void documentPropertiesNameTheLedgerAndCivicHub() throws IOException {
        try (XSSFWorkbook book = writeAndRead(ledger(List.of()))) {
            var core = book.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("低保户台账");
            assertThat(core.getCreator()).isEqualTo("CivicHub");
        }
    }

    @Test
    void noRowsWriteAHeaderOnlySheet() throws IOException {
        try (XSSFWorkbook book = writeAndRead(ledger(List.of()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("公民身份号码");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:C3");
            assertThat(sheet.getIgnoredErrors()).isEmpty();
        }
    }

    @Test
    void nullValuesAreEmptyCells() throws IOException {
        try (XSSFWorkbook book = writeAndRead(ledger(List.of(Arrays.asList(null, "350203198903290016", ""))))) {
            Row row = book.getSheetAt(0).getRow(3);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(row.getCell(0).getStringCellValue()).isEmpty();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("350203198903290016");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void aSingleColumnLedgerMergesNothing() throws IOException {
        Ledger single = new Ledger("名单", "", List.of(new Column("姓名", 4)), List.of(List.of("张三")));
        try (XSSFWorkbook book = writeAndRead(single)) {
            assertThat(book.getSheetAt(0).getMergedRegions()).isEmpty();
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("张三");
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() throws IOException {
        assertThat(LedgerWorkbook.sheetName("低保/户:台账?")).isEqualTo("低保户台账");
        assertThat(LedgerWorkbook.sheetName("[特困]\\供养*人员")).isEqualTo("特困供养人员");
        assertThat(LedgerWorkbook.sheetName("'台账' ")).isEqualTo("台账");
        assertThat(LedgerWorkbook.sheetName("?*/")).isEqualTo("台账");
        assertThat(LedgerWorkbook.sheetName("history")).isEqualTo("台账");
        String longTitle = "思明区鹭江街道".repeat(6);
        assertThat(LedgerWorkbook.sheetName(longTitle)).isEqualTo(longTitle.substring(0, 31));
        String surrogates = "𠮷".repeat(20);
        assertThat(LedgerWorkbook.sheetName(surrogates)).isEqualTo("𠮷".repeat(15));
        for (String title : List.of("低保/户:台账?", longTitle, surrogates, "a\u0000b\u0003c")) {
            assertThatCode(() -> WorkbookUtil.validateSheetName(LedgerWorkbook.sheetName(title))).doesNotThrowAnyException();
        }

        Ledger illegal = new Ledger("低保/户:台账?", SUBTITLE, COLUMNS, List.of());
        try (XSSFWorkbook book = writeAndRead(illegal)) {
            assertThat(book.getSheetName(0)).isEqualTo("低保户台账");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("低保/户:台账?");
        }
    }

    @Test
    void aHundredThousandRowsStreamAndLeaveNoTemporaryFiles(@TempDir Path dir) throws Exception {
        int count = 100_000;
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(List.of("居民" + i, String.format("350203198903%06d", i), "厦门市思明区鹭江街道" + i + "号"));
        }
        Path temporary = Files.createDirectory(dir.resolve("poi-temp"));
        DefaultTempFileCreationStrategy inTemporary = new DefaultTempFileCreationStrategy(temporary.toFile());
        List<File> created = Collections.synchronizedList(new ArrayList<>());
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                File f = inTemporary.createTempFile(prefix, suffix);
                created.add(f);
                return f;
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                return inTemporary.createTempDirectory(prefix);
            }
        });
        Path file = dir.resolve("ledger.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            LedgerWorkbook.write(ledger(rows), out);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertThat(created).as("the rows went through temporary files").isNotEmpty();
        assertThat(created).noneMatch(File::exists);
        assertThat(filesIn(temporary)).isEmpty();

        AtomicInteger sheetRows = new AtomicInteger();
        try (OPCPackage pkg = OPCPackage.open(file.toFile());
                InputStream sheet = new XSSFReader(pkg).getSheetsData().next()) {
            SAXParserFactory sax = SAXParserFactory.newInstance();
            sax.setNamespaceAware(true);
            sax.newSAXParser().parse(sheet, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    if (local.equals("row")) {
                        sheetRows.incrementAndGet();
                    }
                }
            });
        }
        assertThat(sheetRows.get()).isEqualTo(3 + count);
    }

    @Test
    void writesZipEntriesWithoutZip64SoWpsOpensThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWorkbook.write(ledger(List.of(List.of("张三", "350203198903290016", "厦门"))), out);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(out.toByteArray())).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            assertThat(entries).isNotEmpty();
            byte[] bytes = out.toByteArray();
            for (ZipArchiveEntry entry : entries) {
                // The local file header's "version needed to extract": 45 (4.5) means Zip64.
                int offset = (int) entry.getLocalHeaderOffset();
                int version = (bytes[offset + 4] & 0xff) | (bytes[offset + 5] & 0xff) << 8;
                assertThat(version).as(entry.getName()).isEqualTo(20);
                assertThat(entry.getVersionRequired()).as(entry.getName()).isEqualTo(20);
            }
        }
    }

    @Test
    void leavesTheStreamOpenAndTheContextClassLoaderAsItWas() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        OutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        ClassLoader caller = new ClassLoader(null) { };
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(caller);
        try {
            LedgerWorkbook.write(ledger(List.of()), out);
            assertThat(thread.getContextClassLoader()).isSameAs(caller);
        } finally {
            thread.setContextClassLoader(original);
        }
        assertThat(closed).isFalse();
    }

    @Test
    void mediaTypeIsTheXlsxOne() {
        assertThat(LedgerWorkbook.MEDIA_TYPE).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }
}
