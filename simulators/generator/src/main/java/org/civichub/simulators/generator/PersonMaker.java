package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.util.List;
import org.civichub.model.Sex;

/**
 * Creates persons: a person key, a unique ID number for the place where their hukou was first
 * registered, and a name that fits their sex, decade of birth and ethnic group.
 */
final class PersonMaker {

    private final NameBook names;
    private final IdNumberAllocator ids = new IdNumberAllocator();
    private final Weighted<OriginCounty> origins;
    private final String districtCode;
    private final LocalDate start;
    private final Dice dice;
    private int made;

    PersonMaker(NameBook names, List<OriginCounty> origins, String districtCode, LocalDate start, Dice dice) {
        this.names = names;
        this.origins = new Weighted<>(origins, OriginCounty::weight);
        this.districtCode = districtCode;
        this.start = start;
        this.dice = dice;
    }

    NameBook names() {
        return names;
    }

    OriginCounty origin() {
        return origins.draw(dice);
    }

    /** A birth date that makes the person {@code age} years old at the start of the period. */
    LocalDate birthDateForAge(int age) {
        return start.minusYears(age).minusDays(dice.between(0, 364));
    }

    /**
     * The area code a registered resident's ID starts with: the district for most, another county
     * for people who moved their hukou here, more often among those born before 1985.
     */
    String residentArea(LocalDate birthDate) {
        double movedIn = birthDate.getYear() < 1985 ? 0.35 : 0.08;
        return dice.chance(movedIn) ? origin().code() : districtCode;
    }

    String districtCode() {
        return districtCode;
    }

    /**
     * A new person.
     *
     * @param surname        family name, ignored for an ethnic group with dotted names
     * @param fathersDotName for dotted names, the father's own name to append; {@code null} to invent one
     */
    Person make(LocalDate birthDate, Sex sex, String surname, Ethnicity ethnicity, String area,
                String fathersDotName) {
        String id = ids.issue(area, birthDate, sex);
        LocalDate issuedBirthDate = IdNumberAllocator.birthDateOf(id);
        String key = "P" + Digits.padded(++made, 8);
        if (ethnicity.dottedNames()) {
            String father = fathersDotName != null ? fathersDotName : names.dottedFathersName(dice);
            return new Person(key, id, "", names.dottedName(dice, sex, father), sex, ethnicity.code(), issuedBirthDate);
        }
        String given = names.givenName(dice, sex, issuedBirthDate.getYear());
        return new Person(key, id, surname, surname + given, sex, ethnicity.code(), issuedBirthDate);
    }

    /** The own-name part of a dotted name, which children carry after the dot. */
    static String ownDotName(Person person) {
        int dot = person.name().indexOf(NameBook.MIDDLE_DOT);
        return dot < 0 ? null : person.name().substring(0, dot);
    }
}
