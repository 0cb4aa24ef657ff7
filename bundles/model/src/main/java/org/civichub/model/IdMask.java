package org.civichub.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything in a text that looks like an ID number, well formed or not: a run of at least 15
 * digits (ASCII or full-width), possibly with a letter O for a zero or an X, possibly broken by
 * single spaces or hyphens, of which at least 12 are digits. The first six and last four characters
 * of such a run stay, the rest become {@code *} and the separators go, as in
 * {@link IdNumber#masked()}. Runs that are not ID numbers (bank cards, 19-digit typos, two numbers
 * side by side) are masked too, which errs on the safe side.
 */
public final class IdMask {

    private static final String CHAR = "[0-9０-９OoXxＯｏＸｘ]";
    private static final Pattern ID_LIKE = Pattern.compile("[0-9０-９](?:[ \\-\\u3000－]?" + CHAR + "){14,}");
    private static final int MIN_DIGITS = 12;

    private IdMask() {
    }

    /** The text with every run that looks like an ID number masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.length() < 15) {
            return text;
        }
        Matcher m = ID_LIKE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String run = compact(m.group());
            String replacement = digits(run) < MIN_DIGITS ? m.group()
                    : run.substring(0, 6) + "*".repeat(run.length() - 10) + run.substring(run.length() - 4);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    /** Every run in the text that {@link #mask} would mask, as written. */
    public static java.util.List<String> idLike(String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = ID_LIKE.matcher(text);
        while (m.find()) {
            if (digits(compact(m.group())) >= MIN_DIGITS) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Whether the text holds anything {@link #mask} would mask. */
    public static boolean containsIdLike(String text) {
        return text != null && !mask(text).equals(text);
    }

    /** The run without its separators. */
    private static String compact(String run) {
        return run.replaceAll("[ \\-\\u3000－]", "");
    }

    private static long digits(String run) {
        return run.chars().filter(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９').count();
    }
}
