package org.civichub.simulators.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.Sex;

/**
 * Chinese names: surnames weighted by frequency in southern Fujian (with a few compound and
 * polyphonic ones), given names from characters typical of the decade of birth, and Uyghur or
 * Kazakh style names with a middle dot. Reads its tables from {@code names/}.
 */
final class NameBook {

    static final char MIDDLE_DOT = '·';

    private final Weighted<String[]> surnames;
    private final Map<String, String> givenCharacters = new HashMap<>();
    private final Map<Sex, List<String>> dottedParts = new HashMap<>();
    private final Weighted<Ethnicity> ethnicities;
    private final String placeCharacters = String.join("", ResourceTable.lines("names/place-name-characters.txt"));

    NameBook() {
        surnames = new Weighted<>(ResourceTable.rows("names/surnames.csv"), row -> Double.parseDouble(row[1]));
        for (String[] row : ResourceTable.rows("names/given-names.csv")) {
            givenCharacters.merge(row[0] + "/" + row[1], row[2], String::concat);
        }
        for (String[] row : ResourceTable.rows("names/dotted-names.csv")) {
            dottedParts.computeIfAbsent(sexOf(row[0]), s -> new ArrayList<>()).add(row[1]);
        }
        List<Ethnicity> groups = new ArrayList<>();
        for (String[] row : ResourceTable.rows("names/ethnicities.csv")) {
            groups.add(new Ethnicity(row[0], row[1], Double.parseDouble(row[2]), Boolean.parseBoolean(row[3])));
        }
        ethnicities = new Weighted<>(groups, Ethnicity::weight);
    }

    String surname(Dice dice) {
        return surnames.draw(dice)[0];
    }

    Ethnicity ethnicity(Dice dice) {
        return ethnicities.draw(dice);
    }

    /** One or two given-name characters in the fashion of the birth year. */
    String givenName(Dice dice, Sex sex, int birthYear) {
        int era = birthYear < 1970 ? 1 : birthYear < 1995 ? 2 : 3;
        String pool = givenCharacters.get(era + "/" + (sex == Sex.MALE ? "1" : "2"));
        double single = era == 1 ? 0.3 : era == 2 ? 0.25 : 0.1;
        char first = dice.pick(pool);
        if (dice.chance(single)) {
            return String.valueOf(first);
        }
        char second = dice.pick(pool);
        return second == first ? String.valueOf(first) + dice.pick(pool) : String.valueOf(first) + second;
    }

    /** A dotted name: the person's own name, a middle dot, then the father's name. */
    String dottedName(Dice dice, Sex sex, String fathersName) {
        return dice.pick(dottedParts.get(sex)) + MIDDLE_DOT + fathersName;
    }

    /** A man's name to stand as the father's part of a dotted name. */
    String dottedFathersName(Dice dice) {
        return dice.pick(dottedParts.get(Sex.MALE));
    }

    /** Two characters to name a town or village, e.g. 石桥. */
    String placeName(Dice dice) {
        char first = dice.pick(placeCharacters);
        char second = dice.pick(placeCharacters);
        return second == first ? String.valueOf(first) + "新" : String.valueOf(first) + second;
    }

    private static Sex sexOf(String code) {
        return "1".equals(code) ? Sex.MALE : Sex.FEMALE;
    }
}
