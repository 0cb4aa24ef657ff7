package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The date and time notations of the four departments. Written by hand rather than with
 * {@code DateTimeFormatter} because a million-person dataset formats tens of millions of them.
 */
final class Formats {

    private Formats() {
    }

    /** Police and labour times: {@code 2023-05-07 09:30:00}. */
    static String dateTime(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(19);
        appendDate(sb, t.toLocalDate(), '-');
        sb.append(' ');
        pad2(sb, t.getHour()).append(':');
        pad2(sb, t.getMinute()).append(':');
        return pad2(sb, t.getSecond()).toString();
    }

    /** Civil affairs times: ISO-8601 with the China offset, {@code 2023-05-07T09:30:00+08:00}. */
    static String isoOffset(LocalDateTime t) {
        return dateTime(t).replace(' ', 'T') + "+08:00";
    }

    /** Police dates: {@code 20230507}. */
    static String compact(LocalDate d) {
        StringBuilder sb = new StringBuilder(8);
        return appendDate(sb, d, (char) 0).toString();
    }

    /** ISO dates: {@code 2023-05-07}. */
    static String iso(LocalDate d) {
        return appendDate(new StringBuilder(10), d, '-').toString();
    }

    /** The slashed style without padding: {@code 2023/5/7}. */
    static String slashed(LocalDate d) {
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    /** Health dates come in three styles; each value picks one. */
    static String health(LocalDate d, Dice dice) {
        return switch (dice.between(0, 2)) {
            case 0 -> iso(d);
            case 1 -> slashed(d);
            default -> compact(d);
        };
    }

    /** ASCII digits turned into full-width ones (０-９); other characters kept. */
    static String fullWidthDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }

    private static StringBuilder appendDate(StringBuilder sb, LocalDate d, char separator) {
        sb.append(d.getYear());
        if (separator != 0) {
            sb.append(separator);
        }
        pad2(sb, d.getMonthValue());
        if (separator != 0) {
            sb.append(separator);
        }
        return pad2(sb, d.getDayOfMonth());
    }

    private static StringBuilder pad2(StringBuilder sb, int value) {
        if (value < 10) {
            sb.append('0');
        }
        return sb.append(value);
    }
}
