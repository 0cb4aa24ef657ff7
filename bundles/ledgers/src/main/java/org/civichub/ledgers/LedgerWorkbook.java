package org.civichub.ledgers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a {@link Ledger} as an Office Open XML workbook ({@code .xlsx}, {@link #MEDIA_TYPE}).
 *
 * <p>One sheet, named after the title: row 1 holds the title (bold, merged across the columns), row 2
 * the subtitle, row 3 the header (bold, filled, bordered), frozen with the rows above it and carrying
 * an autofilter over the data; then one row per ledger row. Every cell is a text cell, so ID numbers
 * and codes keep their digits. Printed, the sheet is landscape on A4, one page wide, with the first
 * three rows repeated on every page and the page number in the footer.
 *
 * <p>The rows stream: only a window of them is held in memory, the rest go to temporary files, which
 * are deleted before {@link #write} returns. A ledger of 100,000 rows needs little memory.
 */
public final class LedgerWorkbook {

    /** The media type of what {@link #write} writes. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The creator recorded in the workbook's document properties. */
    static final String CREATOR = "CivicHub";

    /** Index of the header row; the data rows follow it. */
    static final int HEADER_ROW = 2;

    private static final int WINDOW_ROWS = 100;
    private static final int MAX_COLUMN_WIDTH = 255 * 256;
    private static final int MAX_SHEET_NAME = 31;
    private static final String TEXT_FORMAT = "@";

    private LedgerWorkbook() {
    }

    /**
     * Writes the ledger to {@code out}, which stays open.
     *
     * @throws IOException when writing to {@code out} or to the temporary files fails
     */
    public static void write(Ledger ledger, OutputStream out) throws IOException {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(out, "out");
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // XMLBeans may look OOXML schema types up through the context class loader, which in OSGi is
        // not this bundle's (the one embedding POI). POI 5.5.1 wrote in Karaf without this too: a guard.
        thread.setContextClassLoader(LedgerWorkbook.class.getClassLoader());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS)) {
            try {
                // Zip64 records only where an entry needs them (over 4 GiB): WPS Office and other
                // readers reject the Zip64 headers POI writes by default on every entry.
                workbook.setZip64Mode(Zip64Mode.AsNeeded);
                fill(workbook, ledger);
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static void fill(SXSSFWorkbook workbook, Ledger ledger) {
        List<Column> columns = ledger.columns();
        int lastColumn = columns.size() - 1;
        Styles styles = new Styles(workbook);
        SXSSFSheet sheet = workbook.createSheet(sheetName(ledger.title()));

        for (int c = 0; c <= lastColumn; c++) {
            sheet.setColumnWidth(c, Math.min(columns.get(c).widthChars() * 2 * 256, MAX_COLUMN_WIDTH));
            sheet.setDefaultColumnStyle(c, styles.body);
        }

        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        text(title, 0, ledger.title(), styles.title);
        Row subtitle = sheet.createRow(1);
        text(subtitle, 0, ledger.subtitle(), styles.subtitle);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
        }

        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= lastColumn; c++) {
            text(header, c, columns.get(c).header(), styles.header);
        }

        int r = HEADER_ROW;
        for (List<String> values : ledger.rows()) {
            Row row = sheet.createRow(++r);
            for (int c = 0; c <= lastColumn; c++) {
                text(row, c, values.get(c), styles.body);
            }
        }

        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r, 0, lastColumn));
        if (r > HEADER_ROW) {
            // No "number stored as text" markers on ID numbers and codes.
            XSSFSheet template = workbook.getXSSFWorkbook().getSheetAt(0);
            template.addIgnoredErrors(new CellRangeAddress(HEADER_ROW + 1, r, 0, lastColumn),
                    IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
        printSetup(sheet);

        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setTitle(ledger.title());
        properties.setCreator(CREATOR);
    }

    private static void printSetup(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
        // &P and &N: Excel's codes for the page number and the number of pages.
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** Always a text cell: {@code null} leaves it empty, and digits never become a number. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    /**
     * The title made a legal sheet name: without the characters Excel forbids ({@code \ / ? * [ ] :}
     * and control characters), without leading or trailing apostrophes and spaces, at most 31
     * characters, and never empty nor Excel's reserved {@code History}.
     */
    static String sheetName(String title) {
        StringBuilder name = new StringBuilder(title.length());
        title.codePoints()
                .filter(cp -> "\\/?*[]:".indexOf(cp) < 0 && !Character.isISOControl(cp))
                .forEach(name::appendCodePoint);
        String s = strip(name.toString());
        if (s.length() > MAX_SHEET_NAME) {
            int end = Character.isHighSurrogate(s.charAt(MAX_SHEET_NAME - 1)) ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME;
            s = strip(s.substring(0, end));
        }
        if (s.isEmpty() || s.equalsIgnoreCase("History")) {
            return "台账";
        }
        return s;
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '\'' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '\'' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** The few cell styles of a ledger: a workbook holds a limited number, so they are shared. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle body;

        Styles(SXSSFWorkbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat(TEXT_FORMAT);

            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setDataFormat(textFormat);

            subtitle = workbook.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.LEFT);
            subtitle.setDataFormat(textFormat);

            Font headerFont = workbook.createFont();
            headerFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(headerFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setDataFormat(textFormat);
            border(header);

            body = workbook.createCellStyle();
            body.setVerticalAlignment(VerticalAlignment.CENTER);
            body.setDataFormat(textFormat);
            border(body);
        }

        private static void border(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }
}
