package org.civichub.connector.generic.internal.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A {@link DateTimeFormatter} pattern a department writes its dates in, e.g. {@code yyyyMMdd} or
 * {@code yyyy-MM-dd HH:mm:ss} (the time is read and dropped). Read strictly: {@code 20230230} is
 * no date. A pattern is accepted only if it writes a whole date (year, month and day) and reads it
 * back.
 *
 * @param pattern the pattern as written in the mapping
 */
public record DatePattern(String pattern, DateTimeFormatter formatter) {

    private static final LocalDateTime PROBE = LocalDateTime.of(2021, 11, 23, 13, 45, 56);

    /** @throws IllegalArgumentException naming what is wrong with the pattern */
    public static DatePattern of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("the date pattern is empty");
        }
        DateTimeFormatter f;
        try {
            f = DateTimeFormatter.ofPattern(strictYears(pattern)).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage());
        }
        try {
            if (PROBE.toLocalDate().equals(f.parse(f.format(PROBE), LocalDate::from))) {
                return new DatePattern(pattern, f);
            }
        } catch (DateTimeException e) {
            // falls through: the pattern cannot write or read a whole date
        }
        throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: it must write a whole date "
                + "(year, month and day), e.g. yyyyMMdd or yyyy-MM-dd");
    }

    /** The date written so, or empty when the text is not a real date written in this pattern. */
    public Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(formatter.parse(text.strip(), LocalDate::from));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Two patterns are equal when written alike. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DatePattern d && d.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }

    /**
     * The pattern with year-of-era ({@code y}) read as the proleptic year ({@code u}), outside quoted
     * literals: a strict formatter does not resolve a year of era without an era.
     */
    private static String strictYears(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && c == 'y' ? 'u' : c);
        }
        return sb.toString();
    }
}
