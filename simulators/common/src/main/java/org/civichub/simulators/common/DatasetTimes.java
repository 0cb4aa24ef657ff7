package org.civichub.simulators.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The time formats of the datasets and the admin API. A time without an offset is Asia/Shanghai
 * local time, the zone every department system works in.
 */
public final class DatasetTimes {

    /** The departments' zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** {@code yyyy-MM-dd HH:mm:ss}, the departments' usual timestamp format (strict). */
    public static final DateTimeFormatter LOCAL_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern SPACE_SEPARATED = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d.*");
    private static final List<Function<String, Instant>> PARSERS = List.of(
            text -> Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text)),
            text -> Instant.from(DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text)),
            text -> LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(ZONE).toInstant(),
            text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZONE).toInstant(),
            text -> LocalDate.parse(text, strict("uuuu/M/d")).atStartOfDay(ZONE).toInstant(),
            text -> LocalDate.parse(text, strict("uuuuMMdd")).atStartOfDay(ZONE).toInstant(),
            text -> LocalDateTime.parse(text, strict("uuuuMMddHHmmss")).atZone(ZONE).toInstant());

    private DatasetTimes() {
    }

    /**
     * Parses an update time or a clock argument in any of the forms the datasets and callers use:
     * ISO-8601 with or without an offset or zone ({@code T} or a space between date and time, optional
     * fraction), {@code yyyy-MM-dd}, {@code yyyy/M/d}, {@code yyyyMMdd} and {@code yyyyMMddHHmmss}.
     *
     * @throws DateTimeException when the text is none of these
     */
    public static Instant parseUpdateTime(String text) {
        String candidate = text.strip();
        if (SPACE_SEPARATED.matcher(candidate).matches()) {
            candidate = candidate.substring(0, 10) + 'T' + candidate.substring(11);
        }
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return parser.apply(candidate);
            } catch (DateTimeException notThisForm) {
                // the next form may match
            }
        }
        throw new DateTimeParseException("not a recognised time: '" + text + "'", text, 0);
    }

    /**
     * Parses exactly {@code yyyy-MM-dd HH:mm:ss} as Asia/Shanghai local time.
     *
     * @throws DateTimeParseException for any other form
     */
    public static Instant parseLocalSeconds(String text) {
        return LocalDateTime.parse(text, LOCAL_SECONDS).atZone(ZONE).toInstant();
    }

    /** Formats as {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai (sub-second parts are dropped). */
    public static String formatLocalSeconds(Instant instant) {
        return LOCAL_SECONDS.format(instant.atZone(ZONE));
    }

    /** Formats as ISO-8601 with the Asia/Shanghai offset, e.g. {@code 2024-05-01T10:00:00+08:00}. */
    public static String formatIso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
