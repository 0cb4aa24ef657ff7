package org.civichub.connector.generic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.civichub.model.IdNumber;

/** Writes drop files as a department would: CSV in a charset, then the {@code .ok} marker. */
final class Drops {

    static final Charset GBK = Charset.forName("GBK");

    static final String PENSION_MAPPING = """
            # one source record = facts about one person
            record.type    = pension
            record.key     = 养老编号
            record.version = 更新时间
            source.fields  = 养老编号, 身份证号, 姓名, 状态, 起始日期, 更新时间
            person.idNumber = 身份证号
            person.name     = trim(姓名)
            tag.kind        = constant(insured)
            tag.status      = code(状态; 1=active, 2=suspended, 3=ended)
            tag.detail      = constant(养老)
            tag.from        = date(起始日期, yyyyMMdd)
            """;

    static final String HEADER = "养老编号,身份证号,姓名,状态,起始日期,更新时间";

    private Drops() {
    }

    static String idNumber(int i) {
        String first17 = "350203" + String.format("%08d", 19500101 + i / 1000) + String.format("%03d", i % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The CSV line of pension {@code i}. */
    static String row(int i) {
        return String.format("YL%06d,%s,养老人%d,%d,20200101,2024-05-01 08:%02d:00", i, idNumber(i), i, 1 + i % 3,
                i % 60);
    }

    /** A CSV file of the rows {@code from} to {@code to} (exclusive). */
    static String csv(int from, int to) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (int i = from; i < to; i++) {
            sb.append(row(i)).append("\r\n");
        }
        return sb.toString();
    }

    static String csv(String... lines) {
        return List.of(lines).stream().collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** Writes a data file in GBK and its marker. */
    static Path drop(Path folder, String name, String text) {
        return drop(folder, name, text.getBytes(GBK), true);
    }

    static Path drop(Path folder, String name, byte[] bytes, boolean marker) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.write(file, bytes);
            if (marker) {
                Files.writeString(folder.resolve(name + ".ok"), "");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
