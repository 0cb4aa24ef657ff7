package org.civichub.simulators.health;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The three ways health systems write a date. */
public enum DateStyle {
    /** {@code 2023-05-07}. */
    DASHED("\\d{4}-\\d{2}-\\d{2}", "uuuu-MM-dd"),
    /** {@code 2023/5/7}: no leading zeros. */
    SLASHED("\\d{4}/\\d{1,2}/\\d{1,2}", "uuuu/M/d"),
    /** {@code 20230507}. */
    COMPACT("\\d{8}", "uuuuMMdd");

    private final Pattern shape;
    private final DateTimeFormatter formatter;

    DateStyle(String shape, String pattern) {
        this.shape = Pattern.compile(shape);
        this.formatter = DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The style of a value that is a valid date in one of the styles; empty for anything else. */
    public static Optional<DateStyle> of(String value) {
        return Arrays.stream(values()).filter(style -> style.parse(value).isPresent()).findFirst();
    }

    /** The date a value in this style denotes; empty when it is not one. */
    public Optional<LocalDate> parse(String value) {
        if (value == null || !shape.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, formatter));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public String format(LocalDate date) {
        return formatter.format(date);
    }
}
