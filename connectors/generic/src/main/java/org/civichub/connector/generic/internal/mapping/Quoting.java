package org.civichub.connector.generic.internal.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical rules of a mapping line: text in double quotes is literal ({@code \"} and
 * {@code \\} inside it stand for a quote and a backslash); outside quotes, {@code #} starts a
 * comment, and separators ({@code =}, {@code ,}, {@code ;}) separate.
 */
final class Quoting {

    /** A line or argument the rules cannot read; the message says why. */
    static final class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }

    /** One argument: its text (unquoted when it was quoted), and whether it was a quoted literal. */
    record Arg(String text, boolean quoted) {
    }

    private Quoting() {
    }

    /** The line without its comment, stripped. */
    static String withoutComment(String line) throws SyntaxException {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '#') {
                return line.substring(0, i).strip();
            }
        }
        if (quoted) {
            throw new SyntaxException("a quote is not closed");
        }
        return line.strip();
    }

    /** The index of the first {@code separator} outside quotes, or -1. */
    static int indexOutside(String s, char separator) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == separator) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} split at every {@code separator} outside quotes, each part stripped. */
    static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        String rest = s;
        for (int at = indexOutside(rest, separator); at >= 0; at = indexOutside(rest, separator)) {
            parts.add(rest.substring(0, at).strip());
            rest = rest.substring(at + 1);
        }
        parts.add(rest.strip());
        return parts;
    }

    /**
     * An argument as written: a quoted literal (the whole of it in one pair of quotes) or bare text.
     *
     * @throws SyntaxException for an empty argument, or quotes around only part of it
     */
    static Arg arg(String written) throws SyntaxException {
        String s = written.strip();
        if (s.isEmpty()) {
            throw new SyntaxException("an argument is empty");
        }
        if (s.indexOf('"') < 0) {
            return new Arg(s, false);
        }
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"'
                || closingQuote(s) != s.length() - 1) {
            throw new SyntaxException("quote a literal whole, as in \" \" or \"No. 1\": " + s);
        }
        return new Arg(unescape(s.substring(1, s.length() - 1)), true);
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
