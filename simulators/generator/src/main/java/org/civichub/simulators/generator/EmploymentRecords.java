package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * labour/jy_dj.csv: employment registrations of people of working age (45 % of registered residents,
 * 70 % of floating population), keyed by DJBH. Inserted (I) in the first phase; later updated (U) to
 * unemployed (JYZT 2 with ZXRQ) after a death, a hukou moving away or a lost job, or rarely deleted
 * (D) as registered in error.
 */
final class EmploymentRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.LABOUR_EMPLOYMENT;
    private static final double LOST_JOB = 0.08;
    private static final double DELETED = 0.01;

    private final RecordContext ctx;
    private final Employers employers;
    private long registrations;

    EmploymentRecords(RecordContext ctx) {
        this.ctx = ctx;
        this.employers = new Employers(ctx.district());
    }

    @Override
    public void write(Unit unit) {
        double share = unit instanceof FloatingGroup ? 0.7 : 0.45;
        for (Resident resident : unit.residents()) {
            if (!resident.newborn() && resident.person().workingAgeOn(ctx.timeline().start())
                    && ctx.dice().chance(share)) {
                ctx.sink().write(resident.person().key(), versions(resident));
            }
        }
    }

    private List<Row> versions(Resident resident) {
        Dice dice = ctx.dice();
        Person person = resident.person();
        LocalDateTime first = ctx.timeline().initial(dice);
        LocalDate since = Timeline.sometimeBefore(first.toLocalDate(), person.birthDate().plusYears(18), dice);
        Row row = new Row(FILE).set("DJBH", "JY" + Digits.padded(++registrations, 8))
                .set("SFZHM", ctx.messer().labourId(person)).set("XM", ctx.messer().otherName(person))
                .set("DWMC", employers.name(dice)).set("JYZT", "1").set("DJRQ", Formats.iso(since)).set("ZXRQ", "")
                .set("CZLX", LabourOperation.INSERT.code()).set("CZSJ", Formats.dateTime(first));
        List<RecordChange> changes = new ArrayList<>();
        Fate fate = resident.fate();
        LocalDate ended = fate.death() != null ? fate.death().date() : fate.movedOut();
        if (ended == null && dice.chance(LOST_JOB)) {
            ended = ctx.timeline().eventDay(dice);
        }
        if (ended != null) {
            String endDate = Formats.iso(ended);
            changes.add(new RecordChange(ctx.timeline().at(Timeline.after(ended, 5, 40, dice), dice),
                    r -> r.set("JYZT", "2").set("ZXRQ", endDate).set("CZLX", LabourOperation.UPDATE.code())));
        } else if (dice.chance(DELETED)) {
            changes.add(new RecordChange(ctx.timeline().at(ctx.timeline().eventDay(dice), dice),
                    r -> r.set("CZLX", LabourOperation.DELETE.code())));
        }
        return RecordChange.versions(row, first, changes, (r, t) -> r.set("CZSJ", Formats.dateTime(t)));
    }
}
