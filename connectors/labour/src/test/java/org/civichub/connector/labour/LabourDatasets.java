package org.civichub.connector.labour;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civichub.connector.labour.internal.LabourTime;
import org.civichub.model.IdNumber;

/**
 * Small labour datasets for the tests, written as the dataset files the simulator loads
 * ({@code labour/jy_dj.csv}, {@code labour/sb_cb.csv}).
 */
final class LabourDatasets {

    static final List<String> JY_DJ = List.of("DJBH", "SFZHM", "XM", "DWMC", "JYZT", "DJRQ", "ZXRQ", "CZLX", "CZSJ");
    static final List<String> SB_CB = List.of("CBBH", "SFZHM", "XM", "XZLX", "CBZT", "CBRQ", "CZLX", "CZSJ");
    static final LocalDateTime START = LocalDateTime.of(2024, 5, 1, 8, 0, 0);
    private static final DateTimeFormatter CZSJ = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> INSURANCES = List.of("养老", "医疗", "失业", "工伤");

    private LabourDatasets() {
    }

    /** The CZSJ {@code hours} after {@link #START}. */
    static String czsj(int hours) {
        return START.plusHours(hours).format(CZSJ);
    }

    static Instant at(int hours) {
        return LabourTime.parse(czsj(hours)).orElseThrow();
    }

    static String idNumber(int i) {
        String first17 = "350203" + String.format("%08d", 19800101 + i % 28) + String.format("%03d", i % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    static String djbh(int i) {
        return String.format("JY%08d", i);
    }

    static String cbbh(int i) {
        return String.format("CB%09d", i);
    }

    /** An employment registration of person {@code i}, employed, with operation {@code czlx} at {@code czsj}. */
    static List<String> employment(int i, String czlx, String czsj) {
        return List.of(djbh(i), idNumber(i), "陈" + i, "厦门某某有限公司", "1", "2020-03-01", "", czlx, czsj);
    }

    /** An insurance enrolment of person {@code i}, status {@code cbzt}, with {@code czlx} at {@code czsj}. */
    static List<String> insurance(int i, String cbzt, String czlx, String czsj) {
        return List.of(cbbh(i), idNumber(i), "林" + i, INSURANCES.get(i % 4), cbzt, "2019-01-01", czlx, czsj);
    }

    /** {@code n} registrations, {@code perHour} sharing each CZSJ. */
    static List<List<String>> employments(int n, int perHour) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(employment(i, "I", czsj(i / perHour)));
        }
        return rows;
    }

    /** {@code n} enrolments, {@code perHour} sharing each CZSJ. */
    static List<List<String>> insurances(int n, int perHour) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(insurance(i, "1", "I", czsj(i / perHour)));
        }
        return rows;
    }

    static Path write(Path dir, List<List<String>> jyDj, List<List<String>> sbCb) throws IOException {
        writeCsv(dir.resolve("labour/jy_dj.csv"), JY_DJ, jyDj);
        writeCsv(dir.resolve("labour/sb_cb.csv"), SB_CB, sbCb);
        return dir;
    }

    /** RFC 4180 with every value quoted, so commas, quotes and line breaks survive. */
    static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : rows) {
            csv.append(row.stream().map(v -> '"' + v.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
