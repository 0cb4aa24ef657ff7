package org.civichub.resolver;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparison of one field of two {@link Prepared prepared identities}, giving an agreement level: an index
 * into {@link #levels()}, most agreeing first, or {@link #MISSING} when either side lacks the value. Comparing
 * is allocation-free string and character work.
 */
public enum FieldComparator {

    /**
     * The ID: {@code exact} the same number as written; {@code check} the first 17 characters equal, only
     * the check character differs (a typo in it, or a wrongly computed one); {@code date} one character or
     * one adjacent transposition apart inside the birth date (characters 7–14) and the rest equal;
     * {@code close} one character or one adjacent transposition apart elsewhere (area code or sequence
     * number: people born on one day in one place have such numbers, so this level weighs far less than
     * {@code date}) — but two valid numbers that far apart are twins or neighbours, not a typo, since a
     * typo keeps the check character right only by chance: {@code different}; {@code different}
     * otherwise. The check character is ignored below {@code check}.
     * Missing unless both sides have a valid or an 18-character written ID.
     */
    ID("id", "exact", "check", "date", "close", "different") {
        @Override
        public int compare(Prepared a, Prepared b) {
            String x = a.id18();
            String y = b.id18();
            if (x == null || y == null) {
                return MISSING;
            }
            if (x.equals(y)) {
                return 0;
            }
            if (x.regionMatches(0, y, 0, 17)) {
                return 1;
            }
            if (!oneEditApart(x, y, 17)) {
                return 4;
            }
            boolean outsideDate = !x.regionMatches(0, y, 0, 6) || !x.regionMatches(14, y, 14, 3);
            if (outsideDate && a.idValid() && b.idValid()) {
                return 4;
            }
            return outsideDate ? 3 : 2;
        }
    },

    /**
     * The name: {@code exact} after normalization; {@code variant} the same in simplified characters without
     * spaces and middle dots; {@code pinyin} the same full pinyin; {@code different} otherwise.
     */
    NAME("name", "exact", "variant", "pinyin", "different") {
        @Override
        public int compare(Prepared a, Prepared b) {
            if (a.name() == null || b.name() == null) {
                return MISSING;
            }
            if (a.name().equals(b.name())) {
                return 0;
            }
            if (a.looseName() != null && a.looseName().equals(b.looseName())) {
                return 1;
            }
            return a.pinyin() != null && a.pinyin().equals(b.pinyin()) ? 2 : 3;
        }
    },

    /**
     * The birth date (stated, else implied by the ID): {@code exact}; {@code close} when the {@code yyyyMMdd}
     * forms differ in one digit or month and day are swapped; {@code different} otherwise. Missing when both
     * sides have an 18-character ID: the ID encodes the birth date (a stated one must agree with it), so
     * comparing it again would count one piece of evidence twice.
     */
    BIRTH_DATE("birthDate", "exact", "close", "different") {
        @Override
        public int compare(Prepared a, Prepared b) {
            String x = a.birth();
            String y = b.birth();
            if (x == null || y == null || a.id18() != null && b.id18() != null) {
                return MISSING;
            }
            if (x.equals(y)) {
                return 0;
            }
            if (x.length() != 8 || y.length() != 8) {
                return 2;
            }
            boolean swapped = x.regionMatches(0, y, 0, 4) && x.regionMatches(4, y, 6, 2)
                    && x.regionMatches(6, y, 4, 2);
            return swapped || differences(x, y, 8, 2) == 1 ? 1 : 2;
        }
    },

    /**
     * The sex (stated, else implied by the ID), male or female: {@code same} or {@code different}. Missing
     * when both sides have an 18-character ID, which encodes the sex.
     */
    SEX("sex", "same", "different") {
        @Override
        public int compare(Prepared a, Prepared b) {
            if (a.sex() == null || b.sex() == null || a.id18() != null && b.id18() != null) {
                return MISSING;
            }
            return a.sex() == b.sex() ? 0 : 1;
        }
    },

    /**
     * The best agreement over every pair of the two sides' addresses: {@code dwelling} (road, number, building,
     * unit and room), {@code building} (road, number and building), {@code road} (road and number),
     * {@code different}. Addresses whose division codes contradict each other do not agree at all. Missing
     * unless both sides have an address with a road and number.
     */
    ADDRESS("address", "dwelling", "building", "road", "different") {
        @Override
        public int compare(Prepared a, Prepared b) {
            if (a.addresses().isEmpty() || b.addresses().isEmpty()) {
                return MISSING;
            }
            int best = 3;
            for (AddressParts x : a.addresses()) {
                for (AddressParts y : b.addresses()) {
                    best = Math.min(best, level(x, y));
                    if (best == 0) {
                        return 0;
                    }
                }
            }
            return best;
        }

        private int level(AddressParts x, AddressParts y) {
            if (!x.road().equals(y.road()) || !x.number().equals(y.number()) || !x.divisionCompatible(y)) {
                return 3;
            }
            boolean sameBuilding = Objects.equals(x.building(), y.building());
            if (sameBuilding && x.room() != null && x.room().equals(y.room()) && Objects.equals(x.unit(), y.unit())) {
                return 0;
            }
            return sameBuilding && x.building() != null ? 1 : 2;
        }
    };

    /** The level of a comparison where either side lacks the value; it weighs 0. */
    public static final int MISSING = -1;

    private final String configName;
    private final List<String> levels;

    FieldComparator(String configName, String... levels) {
        this.configName = configName;
        this.levels = List.of(levels);
    }

    /** Compares one field of two prepared identities: a level index, or {@link #MISSING}. */
    public abstract int compare(Prepared a, Prepared b);

    /** The name in configuration keys ({@code comparator.<name>.m}) and in evidence. */
    public String configName() {
        return configName;
    }

    /** The level names, most agreeing first. */
    public List<String> levels() {
        return levels;
    }

    /** The name of a level, {@code "missing"} for {@link #MISSING}. */
    public String levelName(int level) {
        return level == MISSING ? "missing" : levels.get(level);
    }

    /** The comparator with this configuration name. */
    public static Optional<FieldComparator> byName(String name) {
        for (FieldComparator c : values()) {
            if (c.configName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether the first {@code n} characters are equal, differ in one place, or by one adjacent swap. */
    static boolean oneEditApart(String x, String y, int n) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (++count > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                } else if (i != first + 1) {
                    return false;
                }
            }
        }
        return count < 2 || x.charAt(first) == y.charAt(first + 1) && x.charAt(first + 1) == y.charAt(first);
    }

    private static int differences(String x, String y, int n, int limit) {
        int count = 0;
        for (int i = 0; i < n && count < limit; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                count++;
            }
        }
        return count;
    }
}
