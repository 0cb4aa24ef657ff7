package org.civichub.simulators.civil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes small civil datasets for the tests, and knows the order the service must serve them in. */
final class CivilFixtures {

    static final List<String> ASSISTANCE_COLUMNS = List.of("caseNo", "idCard", "name", "assistanceType", "status",
            "startDate", "endDate", "monthlyAmount", "householdSize", "address", "updatedAt");
    static final List<String> DISABILITY_COLUMNS = List.of("certificateNo", "idCard", "name", "disabilityType",
            "level", "updatedAt");
    static final OffsetDateTime START = OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));

    private CivilFixtures() {
    }

    /**
     * {@code n} assistance rows: every three share an update time, keys not in time order, and every
     * fifth case comes back as a later version (same caseNo, later updatedAt, status 停保).
     */
    static List<Map<String, String>> assistance(int n) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int caseId = i % 5 == 4 ? i - 4 : i;
            Map<String, String> row = new LinkedHashMap<>();
            row.put("caseNo", String.format("DB%06d", (caseId * 7919) % 1_000_000));
            row.put("idCard", i % 7 == 0 ? " 11010119800101123x " : "110101198001011234");
            row.put("name", i % 9 == 0 ? "王　五" : "王" + i);
            row.put("assistanceType", i % 2 == 0 ? "低保" : "临时救助");
            row.put("status", i % 5 == 4 ? "停保" : "在保");
            row.put("startDate", i % 3 == 0 ? "2023/5/7" : "2023-05-07");
            row.put("endDate", "");
            row.put("monthlyAmount", "1,200.50");
            row.put("householdSize", String.valueOf(1 + i % 4));
            row.put("address", "北京市东城区, \"幸福\"小区" + i + "号");
            row.put("updatedAt", time(i / 3));
            rows.add(row);
        }
        return rows;
    }

    static String time(int minutes) {
        return START.plusMinutes(minutes).toString();
    }

    static void writeCsv(Path file, List<String> header, List<Map<String, String>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(header.stream().map(row::get).toList())));
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** The rows in the service's order: update time, key, file order. */
    static List<Map<String, String>> serviceOrder(List<Map<String, String>> rows, String keyColumn) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> OffsetDateTime.parse(rows.get(i).get("updatedAt")).toInstant())
                .thenComparing(i -> rows.get(i).get(keyColumn))
                .thenComparing(i -> i));
        return order.stream().map(rows::get).toList();
    }

    private static String line(List<String> values) {
        return values.stream().map(CivilFixtures::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
