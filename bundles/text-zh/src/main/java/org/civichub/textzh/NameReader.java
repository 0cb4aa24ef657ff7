package org.civichub.textzh;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.civichub.textzh.internal.PinyinEngine;
import org.civichub.textzh.internal.Surnames;

/** Splits a normalized name into pinyin syllables and latin or digit tokens. */
final class NameReader {

    private NameReader() {
    }

    static List<String> tokens(String normalizedName) {
        List<String> tokens = new ArrayList<>(8);
        boolean transliterated = normalizedName.indexOf(ChineseText.NAME_DOT) >= 0;
        int n = normalizedName.length();
        int i = 0;
        while (i < n) {
            int cp = normalizedName.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isBmpHan(cp)) {
                while (end < n && isBmpHan(normalizedName.charAt(end))) {
                    end++;
                }
                String han = normalizedName.substring(i, end);
                // A dotted name is a transliteration (阿依古丽·买买提): it has no Chinese surname.
                if (i == 0 && !transliterated) {
                    readSurnameFirst(han, tokens);
                } else {
                    tokens.addAll(PinyinEngine.syllables(han));
                }
            } else if (Character.isLetterOrDigit(cp) && !ChineseText.isHan(cp)) {
                StringBuilder token = new StringBuilder();
                for (end = i; end < n; end += Character.charCount(cp)) {
                    cp = normalizedName.codePointAt(end);
                    if (!Character.isLetterOrDigit(cp) || ChineseText.isHan(cp)) {
                        break;
                    }
                    appendAscii(cp, token);
                }
                if (token.length() > 0) {
                    tokens.add(token.toString());
                }
            }
            i = end;
        }
        return tokens;
    }

    private static void readSurnameFirst(String han, List<String> tokens) {
        Surnames.Surname surname = Surnames.match(han);
        int surnameLength = surname == null ? 1 : surname.form().length();
        // The surname is read on its own: read together with the given name, the library's phrase
        // dictionary could join it to the first given-name character.
        tokens.addAll(surname == null ? PinyinEngine.syllables(han.substring(0, 1)) : surname.syllables());
        if (han.length() > surnameLength) {
            tokens.addAll(PinyinEngine.syllables(han.substring(surnameLength)));
        }
    }

    private static boolean isBmpHan(int cp) {
        return cp <= Character.MAX_VALUE && ChineseText.isHan(cp);
    }

    private static void appendAscii(int cp, StringBuilder token) {
        if (cp < 128) {
            token.append((char) Character.toLowerCase(cp));
        } else if (Character.isDigit(cp)) {
            token.append((char) ('0' + Character.digit(cp, 10)));
        } else {
            String folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
            for (int k = 0; k < folded.length(); k++) {
                char c = Character.toLowerCase(folded.charAt(k));
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    token.append(c);
                }
            }
        }
    }
}
