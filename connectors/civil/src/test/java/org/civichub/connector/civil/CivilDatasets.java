package org.civichub.connector.civil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civichub.model.IdNumber;

/**
 * Writes small civil-affairs datasets for tests. Times are minutes after {@link #START}; several
 * rows share a time, so pages end in the middle of one.
 */
final class CivilDatasets {

    static final OffsetDateTime START = OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final List<String> ASSISTANCE_TYPES = List.of("低保", "特困", "临时救助");
    private static final List<String> DISABILITY_TYPES = List.of("视力", "听力", "言语", "肢体", "智力", "精神", "多重");

    private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

    static String time(int minutes) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(START.plusMinutes(minutes));
    }

    static String idNumber(int i) {
        String first17 = "350203" + String.format("%08d", 19400101 + i / 1000) + String.format("%03d", i % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    static String caseNo(int i) {
        return String.format("DB2024%06d", i);
    }

    /** {@code n} assistance cases, in force, three per update minute. */
    CivilDatasets assistance(int n) {
        for (int i = 0; i < n; i++) {
            assistance(i, "在保", "", time(i / 3));
        }
        return this;
    }

    /** A version of case {@code i} with the given status, end date and update time. */
    CivilDatasets assistance(int i, String status, String endDate, String updatedAt) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseNo", caseNo(i));
        m.put("idCard", i % 7 == 3 ? " " + idNumber(i) + " " : idNumber(i));
        m.put("name", "居民" + i);
        m.put("assistanceType", ASSISTANCE_TYPES.get(i % 3));
        m.put("status", status);
        m.put("startDate", "2023-05-07");
        m.put("endDate", endDate);
        m.put("monthlyAmount", (800 + i) + ".50");
        m.put("householdSize", String.valueOf(1 + i % 4));
        m.put("address", "厦门市思明区大同路" + i + "号, \"幸福\"小区");
        m.put("updatedAt", updatedAt);
        return add("assistance", m);
    }

    /** {@code n} disability certificates, two per update minute. */
    CivilDatasets disability(int n) {
        for (int i = 0; i < n; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("certificateNo", idNumber(200 + i) + (1 + i % 7) + (1 + i % 4));
            m.put("idCard", idNumber(200 + i));
            m.put("name", "残疾人" + i);
            m.put("disabilityType", DISABILITY_TYPES.get(i % 7));
            m.put("level", String.valueOf(1 + i % 4));
            m.put("updatedAt", time(i / 2));
            add("disability", m);
        }
        return this;
    }

    /** {@code n} cremation records, one per update minute. */
    CivilDatasets death(int n) {
        for (int i = 0; i < n; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("cremationNo", String.format("BZ2024%06d", i));
            m.put("idCard", idNumber(400 + i));
            m.put("name", "故人" + i);
            m.put("dateOfDeath", "2024-04-" + (10 + i % 18));
            m.put("updatedAt", time(i));
            add("death", m);
        }
        return this;
    }

    /** {@code n} elderly-care records, two per update minute. */
    CivilDatasets elderly(int n) {
        for (int i = 0; i < n; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("idCard", idNumber(600 + i));
            m.put("name", "老人" + i);
            m.put("livingAlone", String.valueOf(i % 2 == 0));
            m.put("careLevel", String.valueOf(i % 4));
            m.put("updatedAt", time(i / 2));
            add("elderly", m);
        }
        return this;
    }

    private CivilDatasets add(String type, Map<String, String> row) {
        tables.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
        return this;
    }

    /** The rows of a type in file order. */
    List<Map<String, String>> rows(String type) {
        return tables.getOrDefault(type, List.of());
    }

    int size() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    /** Writes {@code civil/<type>.csv} for every type with rows. */
    Path write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("civil"));
            for (Map.Entry<String, List<Map<String, String>>> t : tables.entrySet()) {
                List<String> header = List.copyOf(t.getValue().get(0).keySet());
                StringBuilder csv = new StringBuilder(line(header));
                t.getValue().forEach(row -> csv.append(line(header.stream().map(row::get).toList())));
                Files.writeString(dir.resolve("civil/" + t.getKey() + ".csv"), csv, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> values) {
        return values.stream().map(CivilDatasets::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
