package org.civichub.store.elasticsearch.internal.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.civichub.model.DivisionCode;
import org.civichub.textzh.ChineseText;
import org.civichub.textzh.NamePinyin;

/**
 * Terms computed in Java at index time and at query time, so that partial ID numbers and division
 * scopes are exact {@code term} lookups instead of wildcard queries, on any Elasticsearch cluster.
 */
public final class SearchTerms {

    /** The shortest leading part of an ID number that finds it: the 6-digit area code. */
    public static final int MIN_ID_PREFIX = 6;
    /** The shortest trailing part of an ID number that finds it. */
    public static final int MIN_ID_SUFFIX = 4;
    /** The shortest division-code prefix a scope may name: a province. */
    public static final int MIN_DIVISION_PREFIX = 2;

    private SearchTerms() {
    }

    /** Every leading part of the ID number from {@value #MIN_ID_PREFIX} characters up to all but the last. */
    public static List<String> idPrefixes(String idNumber) {
        List<String> out = new ArrayList<>();
        for (int n = MIN_ID_PREFIX; n < idNumber.length(); n++) {
            out.add(idNumber.substring(0, n));
        }
        return out;
    }

    /** Every trailing part of the ID number from {@value #MIN_ID_SUFFIX} characters up to all but the first. */
    public static List<String> idSuffixes(String idNumber) {
        List<String> out = new ArrayList<>();
        for (int n = MIN_ID_SUFFIX; n < idNumber.length(); n++) {
            out.add(idNumber.substring(idNumber.length() - n));
        }
        return out;
    }

    /** Every prefix of every division code, from a province (2 digits) to the full community code, sorted. */
    public static List<String> divisionPrefixes(Collection<DivisionCode> codes) {
        TreeSet<String> out = new TreeSet<>();
        codes.stream().filter(Objects::nonNull).map(DivisionCode::value).forEach(code -> {
            for (int n = MIN_DIVISION_PREFIX; n <= code.length(); n++) {
                out.add(code.substring(0, n));
            }
        });
        return List.copyOf(out);
    }

    /**
     * The query text as a pinyin key in the form {@code NamePinyin} indexes ({@code "Zhang San-feng"}
     * becomes {@code "zhangsanfeng"}, ü is written v), or {@code null} when the text is not made of
     * Latin letters.
     */
    public static String pinyinKey(String text) {
        String key = text.toLowerCase(Locale.ROOT).replace('ü', 'v').replaceAll("[\\s'’·\\-]", "");
        return key.matches("[a-z]+") ? key : null;
    }

    /**
     * The full pinyin of a name written in Han characters (two to six, a middle dot allowed), as
     * {@code namePinyin} is indexed, so that a homophone finds the name; {@code null} for any other text.
     */
    public static String namePinyin(String name) {
        String han = name.replace(String.valueOf(ChineseText.NAME_DOT), "");
        if (han.length() < 2 || han.length() > 6 || !han.codePoints().allMatch(ChineseText::isHan)) {
            return null;
        }
        return NamePinyin.of(name).full();
    }

    /** A name as indexed and queried: normalized, in simplified characters. */
    public static String name(String name) {
        return ChineseText.toSimplified(ChineseText.normalizeName(name));
    }

    /** An address text as indexed and queried: normalized, in simplified characters. */
    public static String address(String address) {
        return ChineseText.toSimplified(ChineseText.normalizeAddress(address));
    }
}
