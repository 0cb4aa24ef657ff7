package org.civichub.connector.police.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The police service's times: {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai. */
public final class PoliceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PoliceTime() {
    }

    public static Optional<Instant> parse(String s) {
        try {
            return Optional.of(LocalDateTime.parse(s.strip(), FORMAT).atZone(ZONE).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
