package org.civichub.simulators.generator;

import java.time.LocalDate;
import org.civichub.model.Sex;

/**
 * Creates the relatives of a household with plausible ages and shared names: spouses a few years
 * apart, children born when the younger parent was 22 to 34 and spaced 1 to 8 years, parents 22 to
 * 32 years older, children carrying their father's surname (now and then their mother's).
 */
final class KinMaker {

    private final PersonMaker maker;
    private final AgePyramid ages;
    private final Dice dice;
    private final LocalDate start;

    KinMaker(PersonMaker maker, AgePyramid ages, LocalDate start, Dice dice) {
        this.maker = maker;
        this.ages = ages;
        this.start = start;
        this.dice = dice;
    }

    Person head(HouseholdShape shape, Ethnicity ethnicity) {
        int age = ages.age(dice, shape.minHeadAge, shape.maxHeadAge);
        Sex sex = dice.chance(shape.maleHeadShare) ? Sex.MALE : Sex.FEMALE;
        return adult(age, sex, maker.names().surname(dice), ethnicity);
    }

    Person adult(int age, Sex sex, String surname, Ethnicity ethnicity) {
        LocalDate birthDate = maker.birthDateForAge(Math.min(age, AgePyramid.MAX_AGE));
        return maker.make(birthDate, sex, surname, ethnicity, maker.residentArea(birthDate), null);
    }

    Person spouseOf(Person partner, Ethnicity ethnicity) {
        int gap = dice.between(-2, 5);
        int age = partner.ageOn(start) + (partner.female() ? gap : -gap);
        Sex sex = partner.female() ? Sex.MALE : Sex.FEMALE;
        return adult(Math.max(20, age), sex, maker.names().surname(dice), ethnicity);
    }

    /** A child born {@code age} years before the start; {@code father} or {@code mother} may be null. */
    Person child(int age, Person father, Person mother, Ethnicity ethnicity) {
        LocalDate birthDate = maker.birthDateForAge(age);
        return child(birthDate, father, mother, ethnicity, age < 18 ? maker.districtCode() : maker.residentArea(birthDate));
    }

    private Person child(LocalDate birthDate, Person father, Person mother, Ethnicity ethnicity, String area) {
        Sex sex = dice.chance(0.515) ? Sex.MALE : Sex.FEMALE;
        boolean mothersName = mother != null && (father == null || dice.chance(0.05));
        String surname = mothersName ? mother.surname() : father.surname();
        String fathersDotName = father == null ? null : PersonMaker.ownDotName(father);
        return maker.make(birthDate, sex, surname, ethnicity, area, fathersDotName);
    }

    /** A baby born during the period, registered in the district. */
    Person baby(LocalDate birthDate, Person father, Person mother, Ethnicity ethnicity) {
        return child(birthDate, father, mother, ethnicity, maker.districtCode());
    }

    /** Age of the eldest child, given the younger parent's age; negative if too young to have one. */
    int eldestChildAge(int youngerParentAge) {
        return youngerParentAge - dice.between(22, 34);
    }

    /** Age of the next child after one of {@code olderSiblingAge}; negative if there is none. */
    int nextChildAge(int olderSiblingAge) {
        return olderSiblingAge - dice.between(1, 8);
    }

    /** A parent of {@code person}, sharing the family name when {@code father}. */
    Person parentOf(Person person, Sex sex, Ethnicity ethnicity) {
        int age = person.ageOn(start) + dice.between(22, 32);
        String surname = sex == Sex.MALE && !person.surname().isEmpty() ? person.surname() : maker.names().surname(dice);
        return adult(age, sex, surname, ethnicity);
    }
}
