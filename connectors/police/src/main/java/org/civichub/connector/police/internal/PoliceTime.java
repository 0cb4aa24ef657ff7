package org.civichub.connector.police.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The police service's times: {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai; an impossible time does not parse. */
public final class PoliceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The update time given to a record whose time cannot be read. Such a record is quarantined and
     * never moves a watermark; the earliest instant means it would never win over a dated version.
     * Tell it by {@code parse(sourceVersion)} being empty, never by this value: a record really
     * updated at 1970-01-01 08:00:00 has it too.
     */
    public static final Instant UNKNOWN = Instant.EPOCH;

    private PoliceTime() {
    }

    public static String format(Instant t) {
        return FORMAT.format(t.atZone(ZONE));
    }

    public static Optional<Instant> parse(String s) {
        try {
            return Optional.of(LocalDateTime.parse(s.strip(), FORMAT).atZone(ZONE).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
