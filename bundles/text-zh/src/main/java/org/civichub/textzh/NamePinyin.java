package org.civichub.textzh;

import java.util.List;
import java.util.Objects;
import org.civichub.textzh.internal.Recent;

/**
 * How a person's name is read in pinyin, for search and blocking.
 *
 * <p>All three forms are plain lower-case ASCII without tone marks, ü written {@code v}:
 * 张三丰 → {@code ("zhang san feng", "zhangsanfeng", "zsf")}. A token is one pinyin syllable per Han
 * character or one run of latin letters and digits; {@code spaced} holds the tokens separated by single
 * spaces, {@code full} the same tokens joined, {@code initials} the first letter of each token. A name
 * without readable characters gives three empty strings.
 *
 * @param spaced   the tokens separated by single spaces
 * @param full     the tokens joined without separator
 * @param initials the first character of each token
 */
public record NamePinyin(String spaced, String full, String initials) {

    /**
     * Holds the three forms as given; use {@link #of} to read a name.
     *
     * @throws NullPointerException if a component is null
     */
    public NamePinyin {
        Objects.requireNonNull(spaced, "spaced");
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(initials, "initials");
    }

    /**
     * Reads a name after {@link ChineseText#normalizeName normalizing} it.
     *
     * <ul>
     * <li>The surname is read with its surname reading (曾 zeng, 单 shan, 解 xie, 区 ou, 朴 piao …), a
     * compound surname as one unit (欧阳, 尉迟 yu chi, 万俟 mo qi, 单于 chan yu) when a given name follows
     * it; the given name is read as a phrase by the pinyin library (王重庆 → wang chong qing).</li>
     * <li>A name with a middle dot is a transliteration: it has no surname, and the dot gives no token.</li>
     * <li>Each run of latin letters and digits is one token, lower-cased, diacritics removed.</li>
     * <li>Characters without a known reading (some CJK extension characters) and other symbols give no
     * token.</li>
     * </ul>
     * The first call loads the pinyin dictionaries (a few hundred milliseconds); calls are thread-safe.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public static NamePinyin of(String name) {
        return RECENT.apply(Objects.requireNonNull(name, "name"));
    }

    /** The names read lately: a resident's name is read for every record, write and search that has it. */
    private static final Recent<NamePinyin> RECENT = new Recent<>(NamePinyin::read, 1 << 15);

    private static NamePinyin read(String name) {
        List<String> tokens = NameReader.tokens(ChineseText.normalizeName(Objects.requireNonNull(name, "name")));
        StringBuilder initials = new StringBuilder(tokens.size());
        for (String token : tokens) {
            initials.append(token.charAt(0));
        }
        return new NamePinyin(String.join(" ", tokens), String.join("", tokens), initials.toString());
    }
}
