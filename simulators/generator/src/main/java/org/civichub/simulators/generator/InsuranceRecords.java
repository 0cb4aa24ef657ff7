package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * labour/sb_cb.csv: social insurance enrolments, one record (CBBH) per person and insurance type:
 * pension (养老) for most adults, medical (医疗) for most people including children, unemployment
 * (失业) and work injury (工伤) for part of the working-age. Terminated (CBZT 3) after most deaths and
 * some hukou moves, suspended (CBZT 2) now and then.
 */
final class InsuranceRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.LABOUR_INSURANCE;
    private static final double TERMINATED_AFTER_DEATH = 0.9;
    private static final double TERMINATED_AFTER_MOVE = 0.5;
    private static final double SUSPENDED = 0.03;

    private final RecordContext ctx;
    private long enrolments;

    InsuranceRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        boolean floating = unit instanceof FloatingGroup;
        for (Resident resident : unit.residents()) {
            if (resident.newborn()) {
                continue;
            }
            Person person = resident.person();
            boolean adult = person.ageOn(ctx.timeline().start()) >= 18;
            boolean working = person.workingAgeOn(ctx.timeline().start());
            enrol(resident, "养老", adult ? (floating ? 0.5 : 0.6) : 0);
            enrol(resident, "医疗", adult ? 0.65 : 0.4);
            enrol(resident, "失业", working ? 0.3 : 0);
            enrol(resident, "工伤", working ? 0.2 : 0);
        }
    }

    private void enrol(Resident resident, String insurance, double chance) {
        if (chance == 0 || !ctx.dice().chance(chance)) {
            return;
        }
        Dice dice = ctx.dice();
        Person person = resident.person();
        LocalDateTime first = ctx.timeline().initial(dice);
        int earliestAge = person.ageOn(ctx.timeline().start()) >= 18 ? 18 : 0;
        LocalDate since = Timeline.sometimeBefore(first.toLocalDate(), person.birthDate().plusYears(earliestAge), dice);
        Row row = new Row(FILE).set("CBBH", "CB" + Digits.padded(++enrolments, 9))
                .set("SFZHM", ctx.messer().labourId(person)).set("XM", ctx.messer().otherName(person))
                .set("XZLX", insurance).set("CBZT", "1").set("CBRQ", Formats.iso(since))
                .set("CZLX", LabourOperation.INSERT.code()).set("CZSJ", Formats.dateTime(first));
        List<RecordChange> changes = new ArrayList<>();
        Fate fate = resident.fate();
        if (fate.death() != null && dice.chance(TERMINATED_AFTER_DEATH)) {
            changes.add(status(Timeline.after(fate.death().date(), 5, 40, dice), "3"));
        } else if (fate.movedOut() != null && dice.chance(TERMINATED_AFTER_MOVE)) {
            changes.add(status(Timeline.after(fate.movedOut(), 5, 30, dice), "3"));
        } else if (fate.presentOn(ctx.timeline().lastEventDay()) && dice.chance(SUSPENDED)) {
            changes.add(status(ctx.timeline().eventDay(dice), "2"));
        }
        ctx.sink().write(person.key(), RecordChange.versions(row, first, changes,
                (r, t) -> r.set("CZSJ", Formats.dateTime(t))));
    }

    private RecordChange status(LocalDate day, String status) {
        return new RecordChange(ctx.timeline().at(day, ctx.dice()),
                r -> r.set("CBZT", status).set("CZLX", LabourOperation.UPDATE.code()));
    }
}
