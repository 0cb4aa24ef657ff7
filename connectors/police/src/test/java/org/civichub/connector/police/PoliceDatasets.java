package org.civichub.connector.police;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.civichub.model.IdNumber;

/** Writes small police datasets for tests: {@code n} registered residents, two per update second. */
final class PoliceDatasets {

    static final String HEADER = "GMSFHM,XM,XB,MZ,CSRQ,HH,YHZGX,HJDZ_XZQH,HJDZ,XZZ,RYZT,GXSJ";
    static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 8, 0, 0);
    private static final DateTimeFormatter GXSJ = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PoliceDatasets() {
    }

    static String idNumber(int i) {
        String first17 = "350203" + "19800101" + String.format("%03d", i % 1000);
        first17 = first17.substring(0, 6) + String.format("%08d", 19800101 + (i / 1000)) + first17.substring(14);
        return first17 + IdNumber.checkCharacter(first17);
    }

    static String time(int i) {
        return START.plusSeconds(i / 2).format(GXSJ);
    }

    static List<String> rows(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(idNumber(i) + ",居民" + i + "," + (i % 2 == 1 ? 1 : 2) + ",01,"
                    + idNumber(i).substring(6, 14) + ",H" + (i / 3) + ",02,350203006004,大同路" + i + "号,,0," + time(i));
        }
        return rows;
    }

    static Path write(Path dir, List<String> personRows) {
        try {
            Files.createDirectories(dir.resolve("police"));
            List<String> lines = new ArrayList<>();
            lines.add(HEADER);
            lines.addAll(personRows);
            Files.write(dir.resolve("police/person.csv"), lines, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
