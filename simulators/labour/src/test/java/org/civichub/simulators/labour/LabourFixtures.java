package org.civichub.simulators.labour;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Small labour datasets for the tests, the order the rows must arrive in (worked out here, not by the
 * simulator's code), and the rows an exchange table holds.
 */
final class LabourFixtures {

    static final LocalDateTime START = LocalDateTime.of(2024, 5, 1, 8, 0, 0);
    private static final DateTimeFormatter CZSJ = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private LabourFixtures() {
    }

    /** The CZSJ {@code hours} after {@link #START}. */
    static String czsj(int hours) {
        return START.plusHours(hours).format(CZSJ);
    }

    /**
     * {@code n} employment rows: every three share a CZSJ (an hour apart), keys not in time order; every
     * fourth row is a later version (U, unemployed) of an earlier registration, every seventh a deletion.
     */
    static List<List<String>> jyDj(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int registration = i % 4 == 3 ? i - 3 : i % 7 == 6 ? i - 6 : i;
            String operation = i % 4 == 3 ? "U" : i % 7 == 6 ? "D" : "I";
            rows.add(List.of(String.format("JY%08d", (registration * 7919) % 100_000_000),
                    "35020319800101" + String.format("%04d", registration % 10_000), "陈" + registration,
                    "厦门某某有限公司" + registration % 5, operation.equals("U") ? "2" : "1", "2020-03-01",
                    operation.equals("U") ? "2024-05-02" : "", operation, czsj(i / 3)));
        }
        return rows;
    }

    /** {@code n} insurance rows: every two share a CZSJ (an hour apart), the four insurance types in turn. */
    static List<List<String>> sbCb(int n) {
        List<String> types = List.of("养老", "医疗", "失业", "工伤");
        return IntStream.range(0, n).mapToObj(i -> List.of(String.format("CB%09d", 999_999_999 - i),
                "35020319800101" + String.format("%04d", i % 10_000), "林" + i, types.get(i % 4), "1",
                "2019-01-01", "I", czsj(i / 2))).collect(Collectors.toList());
    }

    static Path writeDataset(Path dir, List<List<String>> jyDj, List<List<String>> sbCb) throws IOException {
        writeCsv(dir.resolve("labour/jy_dj.csv"), LabourContract.JY_DJ.columns(), jyDj);
        writeCsv(dir.resolve("labour/sb_cb.csv"), LabourContract.SB_CB.columns(), sbCb);
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

    /**
     * The rows with CZSJ at or before {@code czsj}, in the order they must be appended: by CZSJ, then
     * key, then file order. {@code keyColumn} is the key's index in the row.
     */
    static List<List<String>> due(List<List<String>> rows, int keyColumn, int czsjColumn, String czsj) {
        List<Integer> order = IntStream.range(0, rows.size()).boxed()
                .filter(i -> rows.get(i).get(czsjColumn).compareTo(czsj) <= 0)
                .sorted(Comparator.<Integer, String>comparing(i -> rows.get(i).get(czsjColumn))
                        .thenComparing(i -> rows.get(i).get(keyColumn)).thenComparing(i -> i))
                .toList();
        return order.stream().map(rows::get).toList();
    }

    static List<List<String>> dueJyDj(List<List<String>> rows, String czsj) {
        return due(rows, 0, 8, czsj);
    }

    static List<List<String>> dueSbCb(List<List<String>> rows, String czsj) {
        return due(rows, 0, 7, czsj);
    }

    /** The contract columns of every row of an exchange table, by ROW_ID. */
    static List<List<String>> rows(LabourDatabase database, ExchangeTable table) throws SQLException {
        return query(database, "SELECT " + String.join(", ", table.columns()) + " FROM " + table.name()
                + " ORDER BY " + LabourContract.ROW_ID);
    }

    /** The ROW_IDs of an exchange table, ascending. */
    static List<Long> rowIds(LabourDatabase database, ExchangeTable table) throws SQLException {
        return query(database, "SELECT " + LabourContract.ROW_ID + " FROM " + table.name() + " ORDER BY 1").stream()
                .map(row -> Long.parseLong(row.get(0))).toList();
    }

    static List<List<String>> query(LabourDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getString(c));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static void execute(LabourDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
