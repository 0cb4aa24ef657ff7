package org.civichub.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity number (公民身份号码) as defined by GB 11643-1999: a 6-digit address code, an
 * 8-digit birth date, a 3-digit sequence (odd for men, even for women) and a check character.
 *
 * <p>Instances always hold a valid, normalized 18-character number. {@link #parse(String)} accepts
 * what real systems send: lower-case {@code x}, full-width digits, stray whitespace and legacy
 * 15-digit numbers, which it upgrades.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public IdNumber {
        Objects.requireNonNull(value, "value");
        if (!isValid18(value)) {
            throw new IllegalArgumentException("not a valid normalized 18-character ID number: " + value);
        }
    }

    /**
     * Parses a raw ID number.
     *
     * @throws IdNumberException naming the rule the input breaks
     */
    public static IdNumber parse(String raw) {
        String s = normalize(raw);
        if (s.isEmpty()) {
            throw new IdNumberException(IdNumberException.Rule.REQUIRED, raw);
        }
        if (s.length() == 15) {
            if (!allDigits(s, 15)) {
                throw new IdNumberException(IdNumberException.Rule.CHARACTERS, raw);
            }
            String first17 = s.substring(0, 6) + "19" + s.substring(6);
            requireBirthDate(first17, raw);
            return new IdNumber(first17 + checkCharacter(first17));
        }
        if (s.length() != 18) {
            throw new IdNumberException(IdNumberException.Rule.LENGTH, raw);
        }
        char last = s.charAt(17);
        if (!allDigits(s, 17) || !(Character.isDigit(last) || last == 'X')) {
            throw new IdNumberException(IdNumberException.Rule.CHARACTERS, raw);
        }
        requireBirthDate(s.substring(0, 17), raw);
        if (checkCharacter(s.substring(0, 17)) != last) {
            throw new IdNumberException(IdNumberException.Rule.CHECK_CHARACTER, raw);
        }
        return new IdNumber(s);
    }

    /**
     * Removes whitespace, turns full-width digits and letters into ASCII and upper-cases {@code x}.
     * Returns an empty string for {@code null}.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return;
            }
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            sb.appendCodePoint(cp == 'x' ? 'X' : cp);
        });
        return sb.toString();
    }

    /** The GB 11643 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17, 17)) {
            throw new IllegalArgumentException("need 17 digits: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The 6-digit address code of the place the number was issued. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value.substring(0, 17)).orElseThrow();
    }

    /** Male for an odd sequence number, female for an even one. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The number with only the area code and the last four characters shown. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static boolean isValid18(String s) {
        return s.length() == 18 && allDigits(s, 17)
                && birthDateOf(s.substring(0, 17)).isPresent()
                && checkCharacter(s.substring(0, 17)) == s.charAt(17);
    }

    private static void requireBirthDate(String first17, String raw) {
        if (birthDateOf(first17).isEmpty()) {
            throw new IdNumberException(IdNumberException.Rule.BIRTH_DATE, raw);
        }
    }

    private static Optional<LocalDate> birthDateOf(String first17) {
        try {
            int year = Integer.parseInt(first17.substring(6, 10));
            int month = Integer.parseInt(first17.substring(10, 12));
            int day = Integer.parseInt(first17.substring(12, 14));
            if (year < 1800) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
