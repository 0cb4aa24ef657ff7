package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Reads the update-time notations of the dataset files back, independently of the generator. */
final class TimeValues {

    private static final DateTimeFormatter POLICE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TimeValues() {
    }

    static LocalDateTime parse(DatasetFile file, String value) {
        return switch (file.department()) {
            case "police", "labour" -> LocalDateTime.parse(value, POLICE);
            case "civil" -> {
                OffsetDateTime t = OffsetDateTime.parse(value);
                if (t.getOffset().getTotalSeconds() != 8 * 3600) {
                    throw new IllegalArgumentException("not +08:00: " + value);
                }
                yield t.toLocalDateTime();
            }
            case "health" -> healthDate(value).atStartOfDay();
            default -> throw new IllegalArgumentException(file.toString());
        };
    }

    /** One of 2023-05-07, 2023/5/7, 20230507. */
    static LocalDate healthDate(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value);
        }
        if (value.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
            String[] p = value.split("/");
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }
        if (value.matches("\\d{8}")) {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        }
        throw new IllegalArgumentException("not a health date: " + value);
    }
}
