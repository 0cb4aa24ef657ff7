package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * civil/disability.csv: disability certificates of registered residents, more common with age (from
 * 0.4 % of children to 8 % of people over 80). The certificate number is, as on the real second
 * generation certificate, the 18-character ID followed by the type digit and the level digit. Some
 * certificates get a reassessed level in a later version.
 */
final class DisabilityRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.CIVIL_DISABILITY;
    private static final List<String> TYPES = List.of("视力", "听力", "言语", "肢体", "智力", "精神", "多重");
    private static final Weighted<Integer> TYPE_INDEXES =
            Weighted.of(List.of(0, 1, 2, 3, 4, 5, 6), 12, 15, 2, 45, 8, 10, 8);
    private static final Weighted<Integer> LEVELS = Weighted.of(List.of(1, 2, 3, 4), 15, 25, 30, 30);
    private static final double REASSESSED = 0.05;

    private final RecordContext ctx;

    DisabilityRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        if (!(unit instanceof Household)) {
            return;
        }
        for (Resident resident : unit.residents()) {
            if (!resident.newborn() && ctx.dice().chance(rate(resident.person().ageOn(ctx.timeline().start())))) {
                ctx.sink().write(resident.person().key(), versions(resident));
            }
        }
    }

    private List<Row> versions(Resident resident) {
        Dice dice = ctx.dice();
        Person person = resident.person();
        int type = TYPE_INDEXES.draw(dice);
        int level = LEVELS.draw(dice);
        LocalDateTime first = ctx.timeline().initial(dice);
        Row row = new Row(FILE).set("certificateNo", person.id() + (type + 1) + level)
                .set("idCard", ctx.messer().otherId(person)).set("name", ctx.messer().otherName(person))
                .set("disabilityType", TYPES.get(type)).set("level", level)
                .set("updatedAt", Formats.isoOffset(first));
        List<RecordChange> changes = new ArrayList<>();
        LocalDate day = ctx.timeline().eventDay(dice);
        if (dice.chance(REASSESSED) && resident.fate().presentOn(day)) {
            int reassessed = level == 1 ? 2 : level == 4 ? 3 : level + (dice.chance(0.5) ? 1 : -1);
            changes.add(new RecordChange(ctx.timeline().at(day, dice), r -> r.set("level", reassessed)));
        }
        return RecordChange.versions(row, first, changes, (r, t) -> r.set("updatedAt", Formats.isoOffset(t)));
    }

    private static double rate(int age) {
        return age < 18 ? 0.004 : age < 60 ? 0.015 : age < 80 ? 0.04 : 0.08;
    }
}
