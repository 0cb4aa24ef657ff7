package org.civichub.resolver;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.civichub.model.Sex;
import org.civichub.textzh.ChineseText;
import org.civichub.textzh.NamePinyin;

/**
 * An {@link Identity} with everything the comparators and blocking keys need computed once, so that comparing
 * two prepared identities is plain string and character work: no pinyin lookup, no conversion, no regex.
 * Fields the identity does not give are {@code null}.
 *
 * @param identity      the identity as given
 * @param id18          the 18-character ID to compare: the valid number, else an 18-character written one
 * @param idValid       whether {@code id18} is a valid number
 * @param birth         the stated, else ID-implied, birth date as {@code yyyyMMdd}
 * @param sex           the stated, else ID-implied, sex; only male or female
 * @param name          the name after {@link ChineseText#normalizeName}
 * @param looseName     the name in simplified characters without spaces and middle dots
 * @param pinyin        the {@link NamePinyin#full() full pinyin} of the name
 * @param surnamePinyin the first pinyin token: the surname, or the first part of a transliterated name
 * @param addresses     the distinct parsed addresses that have a road and house number
 */
public record Prepared(Identity identity, String id18, boolean idValid, String birth, Sex sex, String name,
                       String looseName, String pinyin, String surnamePinyin, List<AddressParts> addresses) {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public Prepared {
        Objects.requireNonNull(identity, "identity");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Prepares an identity; this is where the pinyin lookup, simplification and address parsing happen. */
    public static Prepared of(Identity identity) {
        String name = emptyToNull(ChineseText.normalizeName(identity.name()));
        String simplified = name == null ? null : ChineseText.toSimplified(name);
        String loose = simplified == null ? null
                : emptyToNull(simplified.replace(String.valueOf(ChineseText.NAME_DOT), ""));
        String spaced = simplified == null ? "" : NamePinyin.of(simplified).spaced();
        String pinyin = emptyToNull(spaced.replace(" ", ""));
        String surname = spaced.isEmpty() ? null : spaced.split(" ", 2)[0];
        List<AddressParts> addresses = identity.addresses().stream().map(AddressParts::of)
                .filter(p -> p.roadKey() != null).distinct().toList();
        return new Prepared(identity, identity.id18(), identity.idNumber() != null,
                identity.effectiveBirthDate().map(YYYYMMDD::format).orElse(null),
                identity.effectiveSex().orElse(null), name, loose, pinyin, surname, addresses);
    }

    /** The first 17 characters of {@code id18}, or {@code null}. */
    public String id17() {
        return id18 == null ? null : id18.substring(0, 17);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
