package org.civichub.shell.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything in a text that looks like an ID number (15 to 18 digits, ASCII or full-width, the
 * last possibly {@code X}), keeping the first six and last four characters. The REST API masks the
 * same way; the shell never shows full ID numbers.
 */
final class IdMask {

    private static final Pattern ID_LIKE =
            Pattern.compile("(?<![0-9０-９])[0-9０-９]{14,17}[0-9０-９XxＸｘ](?![0-9０-９XxＸｘ])");

    private IdMask() {
    }

    static String mask(String text) {
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
