package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.Year;

/**
 * Writes true values down the way a department's system holds them, with the deliberate flaws of
 * {@link MessKind} drawn at their rates. Call each method once per record, not per version.
 */
final class Messer {

    private static final String CHECK_CHARACTERS = "0123456789X";
    private static final int LEGACY_BEFORE_YEAR = 1980;

    private final MessCounter counter;
    private final Dice dice;
    private final NameVariants variants = new NameVariants();

    Messer(MessCounter counter, Dice dice) {
        this.counter = counter;
        this.dice = dice;
    }

    boolean draw(MessKind kind) {
        return counter.draw(kind);
    }

    /** GMSFHM of police/person.csv: legacy 15 digits, a wrong check character, or correct. */
    String policeId(Person person) {
        if (person.birthDate().getYear() < LEGACY_BEFORE_YEAR && draw(MessKind.LEGACY_ID_IN_POLICE)) {
            return legacy(person.id());
        }
        if (draw(MessKind.WRONG_CHECK_CHARACTER)) {
            char right = person.id().charAt(17);
            char wrong = right;
            while (wrong == right) {
                wrong = dice.pick(CHECK_CHARACTERS);
            }
            return person.id().substring(0, 17) + wrong;
        }
        return person.id();
    }

    /** CSRQ of police/person.csv: {@code yyyyMMdd}, rarely a day that does not exist. */
    String policeBirthDate(LocalDate birthDate) {
        if (!draw(MessKind.IMPOSSIBLE_BIRTH_DATE)) {
            return Formats.compact(birthDate);
        }
        int year = birthDate.getYear();
        int day = Year.isLeap(year) ? dice.between(30, 31) : dice.between(29, 31);
        return year + "02" + day;
    }

    /** An ID as written outside police. */
    String otherId(Person person) {
        return otherId(person.id(), person.birthDate());
    }

    /** An ID as written by labour: sometimes with a birth-date digit off, then as {@link #otherId(Person)}. */
    String labourId(Person person) {
        String id = person.id();
        if (draw(MessKind.LABOUR_BIRTH_DATE_CONFLICT)) {
            id = BirthDateTypo.apply(id, dice);
        }
        return otherId(id, IdNumberAllocator.birthDateOf(id));
    }

    /** A name as written outside police. */
    String otherName(Person person) {
        String name = person.name();
        if (name.indexOf(NameBook.MIDDLE_DOT) >= 0 && draw(MessKind.NAME_MISSING_DOT)) {
            name = NameVariants.withoutDot(name);
        } else if (variants.hasTraditional(name) && draw(MessKind.NAME_TRADITIONAL)) {
            name = variants.traditional(name);
        } else if (variants.hasHomophone(person) && draw(MessKind.NAME_HOMOPHONE)) {
            name = variants.homophone(person);
        }
        return draw(MessKind.NAME_SPACE) ? NameVariants.withSpace(person, name) : name;
    }

    /** An address as written outside police. */
    String otherAddress(String address) {
        return draw(MessKind.FULL_WIDTH_ADDRESS) ? Formats.fullWidthDigits(address) : address;
    }

    private String otherId(String id, LocalDate birthDate) {
        String written = id;
        if (birthDate.getYear() < LEGACY_BEFORE_YEAR && draw(MessKind.LEGACY_ID_ELSEWHERE)) {
            written = legacy(id);
        } else if (id.charAt(17) == 'X' && draw(MessKind.LOWER_CASE_X)) {
            written = id.substring(0, 17) + 'x';
        }
        if (draw(MessKind.FULL_WIDTH_ID)) {
            written = Formats.fullWidthDigits(written).replace('x', 'ｘ').replace('X', 'Ｘ');
        }
        if (draw(MessKind.WHITESPACE_IN_ID)) {
            written = switch (dice.between(0, 3)) {
                case 0 -> written + " ";
                case 1 -> " " + written;
                case 2 -> written.substring(0, 6) + " " + written.substring(6);
                default -> written + "\u3000";
            };
        }
        return written;
    }

    /** The 15-digit form: area code, two-digit year, month, day, sequence; no check character. */
    static String legacy(String id18) {
        return id18.substring(0, 6) + id18.substring(8, 17);
    }
}
