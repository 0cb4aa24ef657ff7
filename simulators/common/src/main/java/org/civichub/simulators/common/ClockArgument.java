package org.civichub.simulators.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A clock position as the command line ({@code --clock}) and the admin API ({@code to}) accept it:
 * an ISO-8601 time with or without an offset (without one it is Asia/Shanghai local time; a {@code +}
 * of the offset turned into a space by URL decoding is accepted), or {@code end} (the dataset's latest
 * update time) or {@code start} (its earliest).
 */
public final class ClockArgument {

    // An unencoded '+' of an offset in a query string arrives as a space: 10:00:00 08:00.
    private static final Pattern SPACED_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}:?\\d{2})$");

    private ClockArgument() {
    }

    /**
     * Resolves the argument against a dataset.
     *
     * @throws IllegalArgumentException with a message fit for the caller when it is not a time, or
     *         {@code end}/{@code start} for a dataset without rows
     */
    public static Instant resolve(String value, Dataset dataset) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a time is required (ISO-8601, 'start' or 'end')");
        }
        String text = value.strip();
        if (text.equals("end")) {
            return dataset.latest().orElseThrow(() -> new IllegalArgumentException("the dataset has no rows, so no 'end'"));
        }
        if (text.equals("start")) {
            return dataset.earliest().orElseThrow(() -> new IllegalArgumentException("the dataset has no rows, so no 'start'"));
        }
        try {
            return DatasetTimes.parseUpdateTime(SPACED_OFFSET.matcher(text).replaceFirst("$1+$2"));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an ISO-8601 time, 'start' or 'end': '" + value + "'", e);
        }
    }
}
