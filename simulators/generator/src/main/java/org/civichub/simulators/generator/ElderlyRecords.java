package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * civil/elderly.csv: elderly-care records of registered residents over 60 (5 % in their sixties,
 * 20 % in their seventies, half of those older), keyed by idCard as civil affairs write it.
 * livingAlone is true for one-person households; careLevel (0-3) rises with age and is raised for
 * some in a later version.
 */
final class ElderlyRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.CIVIL_ELDERLY;
    private static final double RAISED = 0.1;

    private final RecordContext ctx;

    ElderlyRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        if (!(unit instanceof Household)) {
            return;
        }
        for (Resident resident : unit.residents()) {
            int age = resident.person().ageOn(ctx.timeline().start());
            if (age >= 60 && ctx.dice().chance(age < 70 ? 0.05 : age < 80 ? 0.2 : 0.5)) {
                ctx.sink().write(resident.person().key(), versions(resident, age, unit.sizeAtStart() == 1));
            }
        }
    }

    private List<Row> versions(Resident resident, int age, boolean alone) {
        Dice dice = ctx.dice();
        int careLevel = Math.min(3, dice.between(0, 1) + (age >= 70 ? 1 : 0) + (age >= 85 ? 1 : 0));
        LocalDateTime first = ctx.timeline().initial(dice);
        Row row = new Row(FILE).set("idCard", ctx.messer().otherId(resident.person()))
                .set("name", ctx.messer().otherName(resident.person())).set("livingAlone", Boolean.toString(alone))
                .set("careLevel", careLevel).set("updatedAt", Formats.isoOffset(first));
        List<RecordChange> changes = new ArrayList<>();
        LocalDate day = ctx.timeline().eventDay(dice);
        if (careLevel < 3 && dice.chance(RAISED) && resident.fate().presentOn(day)) {
            changes.add(new RecordChange(ctx.timeline().at(day, dice), r -> r.set("careLevel", careLevel + 1)));
        }
        return RecordChange.versions(row, first, changes, (r, t) -> r.set("updatedAt", Formats.isoOffset(t)));
    }
}
