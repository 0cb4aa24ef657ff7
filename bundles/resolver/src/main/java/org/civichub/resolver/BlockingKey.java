package org.civichub.resolver;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of blocking key: a value two records of one person are likely to share, so that only records
 * sharing a key need to be compared. A key is {@code <kind>:<value>}, the value plain text with parts joined by
 * {@code |}; the caller hashes keys before storing them. A key is produced only when all its parts are present.
 */
public enum BlockingKey {

    /** The valid 18-character ID number. */
    ID("id") {
        @Override
        String value(Prepared p) {
            return p.idValid() ? p.id18() : null;
        }
    },

    /** The first 17 characters of a valid or written 18-character ID: survives a wrong check character. */
    ID17("id17") {
        @Override
        String value(Prepared p) {
            return p.id17();
        }
    },

    /** Area code and birth date embedded in a valid or written 18-character ID. */
    ID_AREA_BIRTH("id-area-birth") {
        @Override
        String value(Prepared p) {
            String id = p.id18();
            return id == null || !digits(id, 0, 14) ? null : id.substring(0, 6) + '|' + id.substring(6, 14);
        }
    },

    /** Birth date and the pinyin of the surname (the first pinyin token). */
    BIRTH_SURNAME("birth-surname") {
        @Override
        String value(Prepared p) {
            return p.birth() == null || p.surnamePinyin() == null ? null : p.birth() + '|' + p.surnamePinyin();
        }
    },

    /** Full pinyin of the name, sex code and birth year. */
    PINYIN_SEX_YEAR("pinyin-sex-year") {
        @Override
        String value(Prepared p) {
            return p.pinyin() == null || p.sex() == null || p.birth() == null ? null
                    : p.pinyin() + '|' + p.sex().code() + '|' + p.birth().substring(0, 4);
        }
    },

    /**
     * Full pinyin, the ID's area code and its sequence digits (characters 15 to 17): survives a wrong digit in
     * the birth date.
     */
    PINYIN_AREA_SEQ("pinyin-area-seq") {
        @Override
        String value(Prepared p) {
            String id = p.id18();
            return p.pinyin() == null || id == null || !digits(id, 0, 6) || !digits(id, 14, 17) ? null
                    : p.pinyin() + '|' + id.substring(0, 6) + '|' + id.substring(14, 17);
        }
    };

    private final String configName;

    BlockingKey(String configName) {
        this.configName = configName;
    }

    /** The key's value without its kind, or {@code null} when a part is missing. */
    abstract String value(Prepared p);

    /** The key of this kind, {@code <kind>:<value>}, when all its parts are present. */
    public Optional<String> key(Prepared p) {
        String value = value(p);
        return value == null ? Optional.empty() : Optional.of(configName + ':' + value);
    }

    /** The name in the {@code blocking} list and the prefix of every key of this kind. */
    public String configName() {
        return configName;
    }

    /** The kind with this configuration name. */
    public static Optional<BlockingKey> byName(String name) {
        for (BlockingKey k : values()) {
            if (k.configName.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The keys of the given kinds that the prepared identity has, in the order of the kinds. */
    public static Set<String> keys(Collection<BlockingKey> kinds, Prepared p) {
        Set<String> keys = new LinkedHashSet<>();
        for (BlockingKey kind : kinds) {
            String value = kind.value(p);
            if (value != null) {
                keys.add(kind.configName + ':' + value);
            }
        }
        return keys;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
