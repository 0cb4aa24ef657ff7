package org.civichub.simulators.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes registered households: picks a {@link HouseholdShape}, creates the head and relatives with
 * their GB/T 4761 relation codes, marital status and fates, maybe a baby born during the period,
 * a dwelling, and sometimes a different place of residence or a move within the district.
 */
final class HouseholdComposer {

    private static final Weighted<HouseholdShape> SHAPES =
            new Weighted<>(List.of(HouseholdShape.values()), s -> s.weight);
    private static final double ANNUAL_BIRTH_CHANCE = 0.1;
    private static final double LIVES_ELSEWHERE = 0.1;

    private final KinMaker kin;
    private final NameBook names;
    private final FateDecider fates;
    private final AddressBook addresses;
    private final Timeline timeline;
    private final Messer messer;
    private final Dice dice;
    private int households;

    HouseholdComposer(KinMaker kin, NameBook names, FateDecider fates, AddressBook addresses, Timeline timeline,
                      Messer messer, Dice dice) {
        this.kin = kin;
        this.names = names;
        this.fates = fates;
        this.addresses = addresses;
        this.timeline = timeline;
        this.messer = messer;
        this.dice = dice;
    }

    /** The next household, cut to at most {@code limit} members (the head always stays). */
    Household compose(int limit) {
        HouseholdShape shape = SHAPES.draw(dice);
        Ethnicity ethnicity = names.ethnicity(dice);
        FamilyDraft family = new FamilyDraft(kin, fates, timeline, dice);
        Person head = kin.head(shape, ethnicity);
        Person spouse = dice.chance(shape.spouseShare) ? kin.spouseOf(head, ethnicity) : null;
        List<Person> children = children(shape, head, spouse, ethnicity);
        int ownChildren = ownChildren(shape, children);
        family.addHead(head, headStatus(shape, head, spouse), ownChildren);
        if (spouse != null) {
            family.addSpouse(spouse, ownChildren);
        }
        family.addChildren(children);
        if (spouse != null && shape.mayHaveBaby()) {
            Person mother = head.female() ? head : spouse;
            int motherAge = mother.ageOn(timeline.start());
            if (motherAge >= 22 && motherAge <= 40 && dice.chance(ANNUAL_BIRTH_CHANCE * timeline.eventYears())) {
                family.addBaby(head.female() ? spouse : head, mother, ethnicity);
            }
        }
        if (shape.maxParents > 0) {
            family.addParents(head, dice.between(1, shape.maxParents), ethnicity);
        }
        if (shape.adultChildFamily) {
            family.addAdultChildFamily(head, spouse, ethnicity);
        }
        return house(family.residents(limit));
    }

    private List<Person> children(HouseholdShape shape, Person head, Person spouse, Ethnicity ethnicity) {
        List<Person> children = new ArrayList<>();
        int count = shape.maxChildren == 0 ? 0 : dice.between(shape.minChildren, shape.maxChildren);
        Person father = head.female() ? spouse : head;
        Person mother = head.female() ? head : spouse;
        int youngerParent = spouse == null ? head.ageOn(timeline.start())
                : Math.min(head.ageOn(timeline.start()), spouse.ageOn(timeline.start()));
        int age = kin.eldestChildAge(youngerParent);
        for (int i = 0; i < count && age >= 0; i++) {
            children.add(kin.child(age, father, mother, ethnicity));
            age = kin.nextChildAge(age);
        }
        return children;
    }

    private int ownChildren(HouseholdShape shape, List<Person> children) {
        return switch (shape) {
            case SINGLE_YOUNG, COUPLE_YOUNG -> 0;
            case COUPLE_OLDER, SINGLE_ELDERLY, ELDERLY_WITH_ADULT_CHILD -> dice.between(1, 3);
            default -> children.size();
        };
    }

    private MaritalStatus headStatus(HouseholdShape shape, Person head, Person spouse) {
        if (spouse != null) {
            return MaritalStatus.MARRIED;
        }
        double u = dice.unit();
        return switch (shape) {
            case SINGLE_YOUNG -> head.ageOn(timeline.start()) >= 30 && u < 0.15
                    ? MaritalStatus.DIVORCED : MaritalStatus.UNMARRIED;
            case SINGLE_PARENT -> u < 0.65 ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED;
            default -> u < 0.75 ? MaritalStatus.WIDOWED : u < 0.9 ? MaritalStatus.DIVORCED : MaritalStatus.UNMARRIED;
        };
    }

    private Household house(List<Resident> residents) {
        HomeAddress registered = addresses.any(dice);
        HomeAddress residence = dice.chance(LIVES_ELSEWHERE) ? addresses.any(dice) : registered;
        Relocation relocation = messer.draw(MessKind.ADDRESS_CHANGE)
                ? new Relocation(timeline.eventDay(dice), addresses.any(dice))
                : null;
        String number = registered.community().streetDigits() + Digits.padded(++households, 7);
        return new Household(number, registered, residence, relocation, residents);
    }
}
