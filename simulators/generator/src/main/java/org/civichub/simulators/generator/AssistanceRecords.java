package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * civil/assistance.csv: subsistence allowance (低保) for about 1.5 % of registered households,
 * extreme-poverty support (特困) for some elderly people living alone, and one-off temporary relief
 * (临时救助) granted during the period. Keyed by caseNo (type prefix, start year, serial). A case
 * stops (停保) when its holder dies, or now and then for other reasons; relief stops after weeks.
 */
final class AssistanceRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.CIVIL_ASSISTANCE;
    private static final double SUBSISTENCE = 0.015;
    private static final double EXTREME_POVERTY = 0.04;
    private static final double TEMPORARY_RELIEF = 0.005;
    private static final double STOPPED = 0.1;
    private static final String ACTIVE = "在保";
    private static final String STOPPED_STATUS = "停保";

    private final RecordContext ctx;
    private long cases;

    AssistanceRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        if (!(unit instanceof Household household)) {
            return;
        }
        Dice dice = ctx.dice();
        Resident head = household.residents().get(0);
        int size = household.sizeAtStart();
        if (dice.chance(SUBSISTENCE)) {
            standing(household, head, "DB", "低保", size, size * dice.between(60, 101) * 10);
        } else if (size == 1 && head.person().ageOn(ctx.timeline().start()) >= 60 && dice.chance(EXTREME_POVERTY)) {
            standing(household, head, "TK", "特困", 1, dice.between(150, 200) * 10);
        }
        if (dice.chance(TEMPORARY_RELIEF)) {
            LocalDate day = ctx.timeline().eventDay(dice);
            if (head.fate().presentOn(day)) {
                LocalDateTime granted = ctx.timeline().at(day, dice);
                Row row = row(household, head, "LS", "临时救助", size, dice.between(5, 30) * 100, day, granted);
                LocalDate ended = Timeline.after(day, 20, 40, dice);
                ctx.sink().write(head.person().key(), RecordChange.versions(row, granted,
                        List.of(stop(ctx.timeline().at(ended, dice), ended)), this::stamp));
            }
        }
    }

    private void standing(Household household, Resident holder, String prefix, String type, int size, int amount) {
        Dice dice = ctx.dice();
        LocalDateTime first = ctx.timeline().initial(dice);
        LocalDate since = Timeline.sometimeBefore(first.toLocalDate(), first.toLocalDate().minusYears(8), dice);
        Row row = row(household, holder, prefix, type, size, amount, since, first);
        List<RecordChange> changes = new ArrayList<>();
        Death death = holder.fate().death();
        if (death != null) {
            changes.add(stop(ctx.timeline().at(Timeline.after(death.date(), 10, 40, dice), dice), death.date()));
        } else if (dice.chance(STOPPED)) {
            LocalDate day = ctx.timeline().eventDay(dice);
            changes.add(stop(ctx.timeline().at(day, dice), day));
        }
        ctx.sink().write(holder.person().key(), RecordChange.versions(row, first, changes, this::stamp));
    }

    private Row row(Household household, Resident holder, String prefix, String type, int size, int amount,
                    LocalDate since, LocalDateTime time) {
        Person person = holder.person();
        String address = household.residenceOn(time.toLocalDate())
                .render(ctx.dice().chance(0.5) ? AddressStyle.CITY : AddressStyle.FULL);
        return new Row(FILE).set("caseNo", prefix + since.getYear() + Digits.padded(++cases, 6))
                .set("idCard", ctx.messer().otherId(person)).set("name", ctx.messer().otherName(person))
                .set("assistanceType", type).set("status", ACTIVE).set("startDate", Formats.iso(since))
                .set("endDate", "").set("monthlyAmount", amount + ".00").set("householdSize", size)
                .set("address", ctx.messer().otherAddress(address)).set("updatedAt", Formats.isoOffset(time));
    }

    private RecordChange stop(LocalDateTime time, LocalDate endDate) {
        return new RecordChange(time, r -> r.set("status", STOPPED_STATUS).set("endDate", Formats.iso(endDate)));
    }

    private void stamp(Row row, LocalDateTime time) {
        row.set("updatedAt", Formats.isoOffset(time));
    }
}
