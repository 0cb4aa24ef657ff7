package org.civichub.textzh;

import org.civichub.textzh.internal.Simplifier;

/**
 * Normalization of Chinese text for matching and search.
 *
 * <p>Every method is a pure function: thread-safe, without side effects, returning {@code null} for
 * {@code null} so that it can be chained as a cleaner.
 */
public final class ChineseText {

    /** The middle dot that separates parts of a transliterated name (U+00B7). */
    public static final char NAME_DOT = '\u00B7';

    private ChineseText() {
    }

    /**
     * Full-width ASCII (U+FF01–U+FF5E) to its ASCII form and the ideographic space (U+3000) to a space;
     * every other character is kept.
     */
    public static String toHalfWidth(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(halfWidth(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * A person's name as it should be compared: half-width, without any whitespace or invisible
     * formatting characters, and with every middle-dot variant (· • ・ ． ‧ ∙ ⋅ ･ ꞏ, ASCII '.' and a few
     * more) written as {@link #NAME_DOT}; repeated dots become one and dots at either end are dropped.
     * Letter case is kept.
     */
    public static String normalizeName(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = halfWidth(name.charAt(i));
            if (Chars.isSpace(c) || Chars.isInvisible(c)) {
                continue;
            }
            if (Chars.isNameDot(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != NAME_DOT) {
                    out.append(NAME_DOT);
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == NAME_DOT ? out.substring(0, end - 1) : out.toString();
    }

    /**
     * An address as it should be compared: half-width, dash variants written as '-', whitespace runs
     * collapsed to one space and trimmed. A space next to a Han character is dropped, because Chinese
     * addresses do not separate words and data entry inserts such spaces at random; a space between two
     * other tokens ("Block 3") is kept.
     */
    public static String normalizeAddress(String address) {
        if (address == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(address.length());
        boolean pendingSpace = false;
        for (int i = 0; i < address.length(); i++) {
            char c = halfWidth(address.charAt(i));
            if (Chars.isInvisible(c)) {
                continue;
            }
            if (Chars.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace && !isHan(out.codePointBefore(out.length())) && !isHan(address.codePointAt(i))) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(Chars.isDash(c) ? '-' : c);
        }
        return out.toString();
    }

    /**
     * Traditional characters and phrases to simplified ones (OpenCC data, phrase-aware: 頭髮 → 头发,
     * 乾隆 stays 乾隆). Simplified and non-Chinese text is returned unchanged. The first call loads the
     * conversion dictionaries (a few hundred milliseconds).
     */
    public static String toSimplified(String text) {
        return text == null || text.isEmpty() ? text : Simplifier.toSimplified(text);
    }

    /** Whether a code point is a Han character (Unicode script Han, all CJK extensions included). */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}
