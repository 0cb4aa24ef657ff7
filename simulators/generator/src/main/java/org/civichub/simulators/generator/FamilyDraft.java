package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civichub.model.Sex;

/**
 * Collects the members of one household being composed, head first, giving each a relation code,
 * a marital status and a fate. A draft codes children either precisely (夫/妻, 独生子, 长子, 次女 ...)
 * or generically (配偶, 子, 女), as registers differ.
 */
final class FamilyDraft {

    private static final double FATHER_ON_CERTIFICATE = 0.92;

    private final KinMaker kin;
    private final FateDecider fates;
    private final Timeline timeline;
    private final Dice dice;
    private final boolean precise;
    private final List<Resident> residents = new ArrayList<>();

    FamilyDraft(KinMaker kin, FateDecider fates, Timeline timeline, Dice dice) {
        this.kin = kin;
        this.fates = fates;
        this.timeline = timeline;
        this.dice = dice;
        this.precise = dice.chance(0.6);
    }

    void addHead(Person head, MaritalStatus status, int children) {
        residents.add(new Resident(head, Relations.HEAD, status, children, fates.decide(head, true), null));
    }

    void addSpouse(Person spouse, int children) {
        add(spouse, Relations.spouse(spouse.sex(), precise), MaritalStatus.MARRIED, children);
    }

    void addChildren(List<Person> children) {
        int sons = 0;
        int daughters = 0;
        for (Person child : children) {
            int rank = child.sex() == Sex.MALE ? ++sons : ++daughters;
            add(child, Relations.child(child.sex(), rank, children.size() == 1, precise), MaritalStatus.UNMARRIED, 0);
        }
    }

    /** A baby born during the period, unless the mother has died or left before the birth. */
    void addBaby(Person father, Person mother, Ethnicity ethnicity) {
        LocalDate birthDay = timeline.eventDay(dice);
        Fate mothersFate = residents.stream().filter(r -> r.person() == mother).findFirst().orElseThrow().fate();
        if (!mothersFate.presentOn(birthDay)) {
            return;
        }
        Person baby = kin.baby(birthDay, father, mother, ethnicity);
        Birth birth = new Birth(mother, dice.chance(FATHER_ON_CERTIFICATE) ? father : null,
                Timeline.after(birthDay, 1, 20, dice), Timeline.after(birthDay, 5, 40, dice));
        residents.add(new Resident(baby, Relations.child(baby.sex(), 0, false, false), MaritalStatus.UNMARRIED, 0,
                Fate.NONE, birth));
    }

    /** One or both parents of the head, or of the head's spouse. */
    void addParents(Person head, int count, Ethnicity ethnicity) {
        Person spouse = residents.size() > 1 && residents.get(1).relation().startsWith("1")
                ? residents.get(1).person() : null;
        boolean own = spouse == null || dice.chance(0.75);
        Person child = own ? head : spouse;
        Sex only = dice.chance(0.4) ? Sex.MALE : Sex.FEMALE;
        MaritalStatus status = count == 2 ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED;
        int siblings = dice.between(1, 4);
        for (Sex sex : count == 2 ? List.of(Sex.MALE, Sex.FEMALE) : List.of(only)) {
            Person parent = kin.parentOf(child, sex, ethnicity);
            add(parent, Relations.parent(sex, own, head.sex()), status, siblings);
        }
    }

    /** An adult child of an elderly head, maybe with a partner and their children. */
    void addAdultChildFamily(Person head, Person spouse, Ethnicity ethnicity) {
        Person father = head.female() ? spouse : head;
        Person mother = head.female() ? head : spouse;
        Person child = kin.child(Math.max(20, head.ageOn(timeline.start()) - dice.between(22, 32)), father, mother,
                ethnicity);
        boolean son = child.sex() == Sex.MALE;
        Person partner = dice.chance(0.6) ? kin.spouseOf(child, ethnicity) : null;
        List<Person> grandchildren = new ArrayList<>();
        if (partner != null) {
            int age = kin.eldestChildAge(Math.min(child.ageOn(timeline.start()), partner.ageOn(timeline.start())));
            for (int i = dice.between(0, 2); i > 0 && age >= 0; i--) {
                grandchildren.add(kin.child(age, son ? child : partner, son ? partner : child, ethnicity));
                age = kin.nextChildAge(age);
            }
        }
        add(child, Relations.child(child.sex(), 1, dice.chance(0.5), precise),
                partner == null ? MaritalStatus.UNMARRIED : MaritalStatus.MARRIED, grandchildren.size());
        if (partner != null) {
            add(partner, son ? Relations.DAUGHTER_IN_LAW : Relations.SON_IN_LAW, MaritalStatus.MARRIED,
                    grandchildren.size());
        }
        for (Person grandchild : grandchildren) {
            add(grandchild, Relations.grandchild(grandchild.sex(), son), MaritalStatus.UNMARRIED, 0);
        }
    }

    /** The members, head first, cut to at most {@code limit}. */
    List<Resident> residents(int limit) {
        return List.copyOf(residents.subList(0, Math.min(limit, residents.size())));
    }

    private void add(Person person, String relation, MaritalStatus status, int children) {
        residents.add(new Resident(person, relation, status, children, fates.decide(person, false), null));
    }
}
