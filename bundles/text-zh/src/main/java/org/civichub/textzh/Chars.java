package org.civichub.textzh;

/** Character classes shared by the normalizers. */
final class Chars {

    private static final String NAME_DOTS =
            ".\u00B7\u0387\u2022\u2024\u2027\u2219\u22C5\u2E31\u30FB\uA78F\uFE52\uFF0E\uFF65";
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    private Chars() {
    }

    /** Whitespace in the widest sense: Java whitespace plus no-break and other Unicode space separators. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width and other format characters that copy-and-paste leaves behind (U+200B, U+FEFF, U+00AD). */
    static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    static boolean isNameDot(char c) {
        return NAME_DOTS.indexOf(c) >= 0;
    }

    static boolean isDash(char c) {
        return DASHES.indexOf(c) >= 0;
    }
}
