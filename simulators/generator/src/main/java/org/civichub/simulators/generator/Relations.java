package org.civichub.simulators.generator;

import org.civichub.model.Sex;

/**
 * Family relation codes of GB/T 4761 (relation to the household head) used by the generator.
 * Registers differ in how precisely they code children: some only say son (20) or daughter (30),
 * others only child (21/31) or eldest, second, third (22-24, 32-34).
 */
final class Relations {

    static final String HEAD = "02";
    static final String SPOUSE = "10";
    static final String HUSBAND = "11";
    static final String WIFE = "12";
    static final String SON = "20";
    static final String SON_IN_LAW = "28";
    static final String DAUGHTER = "30";
    static final String DAUGHTER_IN_LAW = "38";
    static final String FATHER = "51";
    static final String MOTHER = "52";
    static final String HUSBANDS_FATHER = "53";
    static final String HUSBANDS_MOTHER = "54";
    static final String WIFES_FATHER = "55";
    static final String WIFES_MOTHER = "56";

    private Relations() {
    }

    /** The code of the head's spouse, precise (夫/妻) or generic (配偶). */
    static String spouse(Sex spouseSex, boolean precise) {
        if (!precise) {
            return SPOUSE;
        }
        return spouseSex == Sex.MALE ? HUSBAND : WIFE;
    }

    /**
     * The code of a child of the head.
     *
     * @param rank      1 for the eldest son (or daughter), 2 for the second, ...
     * @param onlyChild whether this is the head's only child
     */
    static String child(Sex sex, int rank, boolean onlyChild, boolean precise) {
        int base = sex == Sex.MALE ? 20 : 30;
        if (!precise) {
            return Integer.toString(base);
        }
        if (onlyChild) {
            return Integer.toString(base + 1);
        }
        return Integer.toString(rank <= 5 ? base + 1 + rank : base + 9);
    }

    /** A parent of the head ({@code ownParent}) or of the head's spouse, by the head's sex. */
    static String parent(Sex parentSex, boolean ownParent, Sex headSex) {
        boolean father = parentSex == Sex.MALE;
        if (ownParent) {
            return father ? FATHER : MOTHER;
        }
        if (headSex == Sex.MALE) {
            return father ? WIFES_FATHER : WIFES_MOTHER;
        }
        return father ? HUSBANDS_FATHER : HUSBANDS_MOTHER;
    }

    /** A grandchild through a son (41 孙子, 42 孙女) or through a daughter (43 外孙子, 44 外孙女). */
    static String grandchild(Sex sex, boolean throughSon) {
        int code = throughSon ? 41 : 43;
        return Integer.toString(sex == Sex.MALE ? code : code + 1);
    }
}
