package org.civichub.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything in a text that looks like an ID number: a run of 15 to 18 digits (ASCII or
 * full-width), the last possibly {@code X}. The first six and last four characters stay, as in
 * {@link IdNumber#masked()}. Runs of that length that are not ID numbers (bank
 * cards, say) are masked too, which errs on the safe side.
 */
public final class IdMask {

    private static final Pattern ID_LIKE =
            Pattern.compile("(?<![0-9０-９])[0-9０-９]{14,17}[0-9０-９XxＸｘ](?![0-9０-９XxＸｘ])");

    private IdMask() {
    }

    /** The text with every run that looks like an ID number masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.length() < 15) {
            return text;
        }
        Matcher m = ID_LIKE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4)));
        }
        return m.appendTail(out).toString();
    }
}
