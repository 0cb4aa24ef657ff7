package org.civichub.simulators.police;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes small police datasets for the tests, and knows the order the service must serve them in. */
final class PoliceFixtures {

    static final List<String> PERSON_COLUMNS = List.of("GMSFHM", "XM", "XB", "MZ", "CSRQ", "HH", "YHZGX",
            "HJDZ_XZQH", "HJDZ", "XZZ", "RYZT", "GXSJ");
    static final List<String> FLOATING_COLUMNS = List.of("JZZH", "GMSFHM", "XM", "XB", "CSRQ", "HJDZ", "XZZ",
            "XZZ_XZQH", "DJRQ", "YXQZ", "GXSJ");
    static final LocalDateTime START = LocalDateTime.of(2024, 5, 1, 8, 0, 0);
    static final DateTimeFormatter GXSJ = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A row of the dataset with what the service must report for it. */
    record Expected(String type, String key, String updatedAt, int fileOrder, List<String> columns, List<String> values) {
    }

    private PoliceFixtures() {
    }

    /** {@code n} person rows; every three share an update time, keys not in time order. */
    static List<List<String>> persons(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("1101011990%04d%03d%s", (i * 7919) % 10_000, i % 1000, i % 11 == 0 ? "X" : "1");
            rows.add(List.of(id, "张" + i, String.valueOf(i % 3), "01", "19900307", "H" + (i / 4), "02",
                    "110101001001", "北京市东城区" + i + "号", i % 5 == 0 ? "" : "北京市西城区", "0", time(i / 3)));
        }
        return rows;
    }

    /** {@code n} floating rows; their times interleave with {@link #persons}' and collide with them. */
    static List<List<String>> floatings(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of("JZ" + String.format("%05d", (i * 31) % 100_000), "11010119850101" + String.format("%04d", i),
                    "李" + i, "1", "19850101", "河北省", "北京市朝阳区", "110105001001", "20240101", "20250101",
                    time(i / 2)));
        }
        return rows;
    }

    static String time(int minutes) {
        return GXSJ.format(START.plusMinutes(minutes));
    }

    static Path writeDataset(Path dir, List<List<String>> persons, List<List<String>> floatings) throws IOException {
        writeCsv(dir.resolve("police/person.csv"), PERSON_COLUMNS, persons);
        writeCsv(dir.resolve("police/floating.csv"), FLOATING_COLUMNS, floatings);
        return dir;
    }

    static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** All rows in the service's order: update time, type, key, file order. */
    static List<Expected> expectedOrder(List<List<String>> persons, List<List<String>> floatings) {
        List<Expected> all = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            all.add(new Expected("person", persons.get(i).get(0), persons.get(i).get(11), i, PERSON_COLUMNS, persons.get(i)));
        }
        for (int i = 0; i < floatings.size(); i++) {
            all.add(new Expected("floating", floatings.get(i).get(0), floatings.get(i).get(10), i, FLOATING_COLUMNS,
                    floatings.get(i)));
        }
        all.sort((a, b) -> {
            int byTime = a.updatedAt().compareTo(b.updatedAt());
            int byType = a.type().compareTo(b.type());
            int byKey = a.key().compareTo(b.key());
            return byTime != 0 ? byTime : byType != 0 ? byType : byKey != 0 ? byKey : Integer.compare(a.fileOrder(), b.fileOrder());
        });
        return all;
    }

    private static String line(List<String> values) {
        return values.stream().map(PoliceFixtures::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
