package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.civichub.model.IdNumber;
import org.civichub.model.Sex;

/**
 * Issues unique resident ID numbers. For each area, birth date and sex it hands out the 450
 * sequence numbers of the right parity in a scrambled order; when a day is full it moves the birth
 * date one day on, so callers take the birth date from the number it returns.
 */
final class IdNumberAllocator {

    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
    private static final int DAYS = 200 * 366;
    private static final int PER_DAY_AND_SEX = 450;

    private final Map<String, short[]> issuedByArea = new HashMap<>();

    /** A new 18-character number for a person of this area, birth date (or a later day) and sex. */
    String issue(String areaCode, LocalDate birthDate, Sex sex) {
        short[] issued = issuedByArea.computeIfAbsent(areaCode, a -> new short[DAYS * 2]);
        LocalDate day = birthDate;
        while (true) {
            int dayIndex = (int) ChronoUnit.DAYS.between(EPOCH, day);
            int slot = dayIndex * 2 + (sex == Sex.MALE ? 1 : 0);
            int n = issued[slot];
            if (n < PER_DAY_AND_SEX) {
                issued[slot]++;
                int scrambled = (n * 37 + dayIndex) % PER_DAY_AND_SEX;
                int sequence = scrambled * 2 + (sex == Sex.MALE ? 1 : 2);
                String first17 = areaCode + Formats.compact(day) + threeDigits(sequence);
                return first17 + IdNumber.checkCharacter(first17);
            }
            day = day.plusDays(1);
        }
    }

    /** The birth date written in an 18-character number. */
    static LocalDate birthDateOf(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    private static String threeDigits(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
