package org.civichub.simulators.generator;

import java.util.ArrayList;
import java.util.List;
import org.civichub.model.Sex;

/**
 * Composes groups of floating population: single workers (60 %), couples (30 %) and couples with
 * children (10 %), all registered in the same county elsewhere, a fifth of them arriving during the
 * period. Their ID numbers carry their home county's code.
 */
final class FloatingComposer {

    private static final double ARRIVING_DURING_PERIOD = 0.2;

    private final PersonMaker maker;
    private final AgePyramid ages;
    private final AddressBook addresses;
    private final Timeline timeline;
    private final Dice dice;

    FloatingComposer(PersonMaker maker, AgePyramid ages, AddressBook addresses, Timeline timeline, Dice dice) {
        this.maker = maker;
        this.ages = ages;
        this.addresses = addresses;
        this.timeline = timeline;
        this.dice = dice;
    }

    /** The next group, cut to at most {@code limit} members. */
    FloatingGroup compose(int limit) {
        OriginCounty origin = maker.origin();
        Ethnicity ethnicity = maker.names().ethnicity(dice);
        double shape = dice.unit();
        List<Resident> residents = new ArrayList<>();
        if (shape < 0.6) {
            Person worker = person(ages.age(dice, 18, 45), dice.chance(0.6) ? Sex.MALE : Sex.FEMALE, ethnicity, origin,
                    null);
            residents.add(new Resident(worker, "", dice.chance(0.85) ? MaritalStatus.UNMARRIED : MaritalStatus.DIVORCED,
                    0, Fate.NONE, null));
        } else {
            int husbandAge = ages.age(dice, 22, 50);
            Person husband = person(husbandAge, Sex.MALE, ethnicity, origin, null);
            Person wife = person(Math.max(20, husbandAge - dice.between(-2, 5)), Sex.FEMALE, ethnicity, origin, null);
            List<Person> children = new ArrayList<>();
            if (shape >= 0.9) {
                int age = Math.min(15, wife.ageOn(timeline.start()) - dice.between(22, 30));
                for (int i = dice.between(1, 2); i > 0 && age >= 0; i--) {
                    children.add(person(age, dice.chance(0.515) ? Sex.MALE : Sex.FEMALE, ethnicity, origin, husband));
                    age -= dice.between(1, 6);
                }
            }
            residents.add(new Resident(husband, "", MaritalStatus.MARRIED, children.size(), Fate.NONE, null));
            residents.add(new Resident(wife, "", MaritalStatus.MARRIED, children.size(), Fate.NONE, null));
            children.forEach(c -> residents.add(new Resident(c, "", MaritalStatus.UNMARRIED, 0, Fate.NONE, null)));
        }
        return new FloatingGroup(residents.subList(0, Math.min(limit, residents.size())), origin,
                homeAddress(origin), addresses.any(dice),
                dice.chance(ARRIVING_DURING_PERIOD) ? timeline.eventDay(dice) : null);
    }

    private Person person(int age, Sex sex, Ethnicity ethnicity, OriginCounty origin, Person father) {
        String surname = father != null ? father.surname() : maker.names().surname(dice);
        String fathersDotName = father == null ? null : PersonMaker.ownDotName(father);
        return maker.make(maker.birthDateForAge(age), sex, surname, ethnicity, origin.code(), fathersDotName);
    }

    /** A rural address back home, e.g. 河南省信阳市固始县新河镇石桥村3组. */
    private String homeAddress(OriginCounty origin) {
        return origin.placeName() + maker.names().placeName(dice) + "镇" + maker.names().placeName(dice) + "村"
                + (dice.chance(0.5) ? dice.between(1, 15) + "组" : dice.between(1, 120) + "号");
    }
}
