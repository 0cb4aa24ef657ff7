package org.civichub.simulators.generator;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.civichub.model.IdNumber;

/**
 * A typing slip in the birth-date part of an ID number: one digit one higher or lower, giving another
 * real date, with the check character recomputed as the typist's system would. The result is a valid
 * number that disagrees with the person's other records.
 */
final class BirthDateTypo {

    private static final int FIRST = 6;
    private static final int LAST = 13;

    private BirthDateTypo() {
    }

    static String apply(String id18, Dice dice) {
        int offset = dice.between(0, LAST - FIRST);
        for (int k = 0; k <= LAST - FIRST; k++) {
            int position = FIRST + (offset + k) % (LAST - FIRST + 1);
            for (int delta : dice.chance(0.5) ? new int[] {1, -1} : new int[] {-1, 1}) {
                int digit = id18.charAt(position) - '0' + delta;
                if (digit < 0 || digit > 9) {
                    continue;
                }
                String first17 = id18.substring(0, position) + digit + id18.substring(position + 1, 17);
                if (isDate(first17.substring(6, 14))) {
                    return first17 + IdNumber.checkCharacter(first17);
                }
            }
        }
        return id18;
    }

    private static boolean isDate(String yyyyMMdd) {
        try {
            int year = Integer.parseInt(yyyyMMdd.substring(0, 4));
            LocalDate.of(year, Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
            return year >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
