package org.civichub.connector.labour.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The exchange tables' operation time {@code CZSJ}: text written {@code yyyy-MM-dd HH:mm:ss} in
 * Asia/Shanghai, so that text order is time order. An impossible or otherwise written time does not
 * parse.
 */
public final class LabourTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** How {@code CZSJ} must be written, as violations name it. */
    public static final String WRITTEN = "yyyy-MM-dd HH:mm:ss";

    /**
     * The update time given to a row whose {@code CZSJ} cannot be read. Such a record is quarantined;
     * the earliest instant means it never wins over a dated version. Tell it by {@link #parse} being
     * empty, never by this value.
     */
    public static final Instant UNKNOWN = Instant.EPOCH;

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private LabourTime() {
    }

    /** The time {@code s} says, or empty when it is not a real time written {@value #WRITTEN}. */
    public static Optional<Instant> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(s.strip(), FORMAT).atZone(ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(Instant t) {
        return FORMAT.format(t.atZone(ZONE));
    }
}
