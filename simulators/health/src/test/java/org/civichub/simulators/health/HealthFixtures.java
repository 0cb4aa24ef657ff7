package org.civichub.simulators.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small health datasets (UTF-8, as the dataset format wants) and reads dropped files back. */
final class HealthFixtures {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 1);
    static final int DAYS = 6;

    private HealthFixtures() {
    }

    /** Four births a day for {@link #DAYS} days, every date written {@code 2024-05-01}. */
    static List<List<String>> births() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < DAYS * 4; i++) {
            LocalDate registered = FIRST_DAY.plusDays(i / 4);
            rows.add(List.of(String.format("A11%07d", 24 - i), "张小" + i, i % 2 == 0 ? "男" : "女",
                    registered.minusDays(10).toString(), "王丽" + i, "11010119900307" + String.format("%04d", i),
                    i % 5 == 0 ? "" : "张伟" + i, "11010119880101" + String.format("%04d", i),
                    "北京市东城区和平里街道" + i + "号", registered.toString()));
        }
        return rows;
    }

    /** Three family rows every other day, the first of each day a later version of an earlier key. */
    static List<List<String>> family() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            LocalDate updated = FIRST_DAY.plusDays(2L * (i / 3));
            String id = "1101011985010" + String.format("%05d", i % 3 == 0 && i > 0 ? i - 3 : i);
            rows.add(List.of(id, "李娜" + i, i % 2 == 0 ? "已婚" : "未婚", String.valueOf(i % 3), "", updated.toString()));
        }
        return rows;
    }

    static Path writeDataset(Path dir, List<List<String>> births, List<List<String>> family) throws IOException {
        writeCsv(dir.resolve("health/births.csv"), HealthContract.BIRTHS_COLUMNS, births);
        if (family != null) {
            writeCsv(dir.resolve("health/family.csv"), HealthContract.FAMILY_COLUMNS, family);
        }
        return dir;
    }

    static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        rows.forEach(row -> csv.append(row.stream().collect(Collectors.joining(","))).append("\r\n"));
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** A dropped file's rows as column name to value, the header's order kept. */
    static List<Map<String, String>> read(Path file) throws IOException {
        return file.toString().endsWith(".xlsx") ? readXlsx(file) : readCsv(file, HealthContract.CSV_CHARSET);
    }

    static List<String> csvHeader(Path file, Charset charset) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, charset);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            return parser.getHeaderNames();
        }
    }

    static List<Map<String, String>> readCsv(Path file, Charset charset) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, charset);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
            return rows;
        }
    }

    static List<Map<String, String>> readXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = cells(sheet.getRow(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> values = cells(sheet.getRow(r));
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c), c < values.size() ? values.get(c) : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : cell.getStringCellValue());
        }
        return values;
    }
}
