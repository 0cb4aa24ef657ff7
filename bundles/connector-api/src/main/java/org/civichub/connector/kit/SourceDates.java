package org.civichub.connector.kit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways department systems write dates and times. Dates: {@code 20230507}, {@code 2023-05-07},
 * {@code 2023-5-7}, {@code 2023/5/7}. Times: ISO-8601 with an offset; without one (ISO or
 * {@code yyyy-MM-dd HH:mm:ss}) in China Standard Time; a date alone is the start of that day. Impossible dates do not parse.
 */
public final class SourceDates {

    /** Where times without an offset are. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private SourceDates() {
    }

    /** A date in any of the styles, or empty when it is not a real date so written. */
    public static Optional<LocalDate> date(String s) {
        String v = s == null ? "" : s.strip();
        Matcher m = SEPARATED.matcher(v);
        if (!m.matches()) {
            m = BASIC.matcher(v);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A time in any of the styles, or empty when unreadable. */
    public static Optional<Instant> time(String s) {
        String v = s == null ? "" : s.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            // not ISO with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(v, LOCAL_TIME).atZone(ZONE).toInstant());
        } catch (DateTimeParseException e) {
            // not a local time written with a space
        }
        try {
            return Optional.of(LocalDateTime.parse(v).atZone(ZONE).toInstant());
        } catch (DateTimeParseException e) {
            // not an ISO local time
        }
        return date(v).map(d -> d.atStartOfDay(ZONE).toInstant());
    }
}
