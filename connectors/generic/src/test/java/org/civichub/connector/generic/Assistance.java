package org.civichub.connector.generic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.civichub.model.IdNumber;

/**
 * A small civil-affairs dataset of assistance cases for the civil simulator, and a mapping file of
 * the {@code assistance} stream to facts, as an integrator would write it for the generic
 * connector. Times are minutes after {@link #START}, three cases per minute, so pages end in the
 * middle of one.
 */
final class Assistance {

    static final OffsetDateTime START = OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    static final String HEADER = "caseNo,idCard,name,assistanceType,status,startDate,endDate,monthlyAmount,"
            + "householdSize,address,updatedAt";
    private static final List<String> TYPES = List.of("低保", "特困", "临时救助");

    static final String MAPPING = """
            # civil affairs' assistance stream, read as a generic REST/JSON source
            record.type    = assistance
            record.key     = caseNo
            record.version = updatedAt
            source.fields  = caseNo, idCard, name, assistanceType, status, startDate, endDate, monthlyAmount, \
            householdSize, address, updatedAt
            person.idNumber       = idCard
            person.name           = trim(name)
            person.currentAddress = address
            tag.kind   = code(assistanceType; 低保=subsistence, 特困=extreme-poverty, 临时救助=temporary-assistance)
            tag.status = code(status; 在保=active, 停保=ended)
            tag.grade  = monthlyAmount
            tag.from   = date(startDate)
            tag.to     = date(endDate)
            """;

    private final List<String> rows = new ArrayList<>();

    static String time(int minutes) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(START.plusMinutes(minutes));
    }

    static String caseNo(int i) {
        return String.format("DB2024%06d", i);
    }

    static String idNumber(int i) {
        String first17 = "350203" + String.format("%08d", 19400101 + i / 1000) + String.format("%03d", i % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** {@code n} cases in force, three per update minute. */
    Assistance cases(int n) {
        for (int i = 0; i < n; i++) {
            add(i, "在保", "", time(i / 3));
        }
        return this;
    }

    /** A version of case {@code i}. */
    Assistance add(int i, String status, String endDate, String updatedAt) {
        rows.add(String.join(",", caseNo(i), idNumber(i), "居民" + i, TYPES.get(i % 3), status, "2023-05-07", endDate,
                (800 + i) + ".50", String.valueOf(1 + i % 4), "\"厦门市思明区大同路" + i + "号, 5栋\"", updatedAt));
        return this;
    }

    int size() {
        return rows.size();
    }

    /** Writes {@code civil/assistance.csv} into a dataset directory. */
    Path write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("civil"));
            Files.writeString(dir.resolve("civil/assistance.csv"), HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n",
                    StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the mapping file. */
    static Path writeMapping(Path file) {
        try {
            Files.writeString(file, MAPPING, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
