package org.civichub.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the month and day of every date in a text ({@code 19890329}, {@code 1989-03-29},
 * {@code 1989/3/29}, {@code 1989.03.29}, {@code 1989年3月29日}), keeping the year: next to a masked ID
 * number a full date may be its hidden birth date. Any year counts: a birth date written with a
 * wrong year ({@code 2990-08-21}) still gives the month and day away. A date followed by a time of
 * day is a time stamp, not a birth date, and stays.
 */
public final class DateMask {

    /** A date written with separators: any year, as a wrong year keeps the true month and day. */
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9A-Fa-f])([0-9]{4})([-/.年])(0?[1-9]|1[0-2])(\\2|月)(0?[1-9]|[12][0-9]|3[01])(日?)(?![0-9])"
                    + "(?!T[0-9]|[ 　]*[0-9]{1,2}:)");
    /**
     * A date written as eight digits ({@code 19890329}, {@code 29900821}), not inside a longer run of digits
     * or hexadecimal (an id), the year from 1000 to 2999.
     */
    private static final Pattern COMPACT = Pattern.compile(
            "(?<![0-9A-Fa-f])([12][0-9]{3})()(0[1-9]|1[0-2])()(0[1-9]|[12][0-9]|3[01])()(?![0-9A-Fa-f])"
                    + "(?!T[0-9]|[ 　]*[0-9]{1,2}:)");

    private DateMask() {
    }

    /** The text with the month and day of every date masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.length() < 6) {
            return text;
        }
        return masked(COMPACT, masked(SEPARATED, text));
    }

    private static String masked(Pattern date, String text) {
        Matcher m = date.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + stars(m.group(3))
                    + m.group(4) + stars(m.group(5)) + m.group(6)));
        }
        return m.appendTail(out).toString();
    }

    private static String stars(String digits) {
        return "*".repeat(digits.length());
    }
}
