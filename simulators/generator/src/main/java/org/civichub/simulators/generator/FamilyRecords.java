package org.civichub.simulators.generator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * health/family.csv: marriage and childbearing records of women aged 20-49 (nearly all) and of some
 * married men, registered or floating, keyed by 身份证号 as health writes it. Later versions count a
 * baby born during the period or a marriage. Update dates have no time of day, so versions of one
 * record are at least a day apart.
 */
final class FamilyRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.HEALTH_FAMILY;
    private static final double WOMEN_RECORDED = 0.95;
    private static final double MARRIED_MEN_RECORDED = 0.25;
    private static final double MARRYING = 0.1;

    private final RecordContext ctx;
    private long certificates;

    FamilyRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        for (Resident resident : unit.residents()) {
            if (!resident.newborn() && recorded(resident)) {
                ctx.sink().write(resident.person().key(), versions(unit, resident));
            }
        }
    }

    private boolean recorded(Resident resident) {
        int age = resident.person().ageOn(ctx.timeline().start());
        if (resident.person().female()) {
            return age >= 20 && age <= 49 && ctx.dice().chance(WOMEN_RECORDED);
        }
        return age >= 22 && age <= 55 && resident.marital() == MaritalStatus.MARRIED
                && ctx.dice().chance(MARRIED_MEN_RECORDED);
    }

    private List<Row> versions(Unit unit, Resident resident) {
        Person person = resident.person();
        Dice dice = ctx.dice();
        LocalDateTime first = ctx.timeline().initial(dice).toLocalDate().atStartOfDay();
        MaritalStatus status = ctx.messer().draw(MessKind.MARITAL_STATUS_CONFLICT)
                ? contradicting(resident.marital()) : resident.marital();
        boolean oneChildCertificate = resident.children() == 1 && person.ageOn(ctx.timeline().start()) >= 30
                && dice.chance(0.4);
        Row row = new Row(FILE).set("身份证号", ctx.messer().otherId(person)).set("姓名", ctx.messer().otherName(person))
                .set("婚姻状况", status.label()).set("子女数", resident.children())
                .set("独生子女证号", oneChildCertificate ? "DSZ" + Digits.padded(++certificates, 8) : "")
                .set("更新日期", Formats.health(first.toLocalDate(), dice));
        List<RecordChange> changes = new ArrayList<>();
        int children = resident.children();
        for (Resident other : unit.residents()) {
            Birth birth = other.birth();
            if (birth != null && (birth.mother() == person || birth.father() == person)) {
                String count = Integer.toString(++children);
                changes.add(new RecordChange(Timeline.after(birth.certifiedOn(), 0, 10, dice).atStartOfDay(),
                        r -> r.set("子女数", count)));
            }
        }
        if (resident.marital() == MaritalStatus.UNMARRIED && dice.chance(MARRYING)) {
            changes.add(new RecordChange(ctx.timeline().eventDay(dice).atStartOfDay(),
                    r -> r.set("婚姻状况", MaritalStatus.MARRIED.label())));
        }
        return RecordChange.versions(row, first, changes, Duration.ofDays(1),
                (next, time) -> next.set("更新日期", Formats.health(time.toLocalDate(), dice)));
    }

    private MaritalStatus contradicting(MaritalStatus truth) {
        if (truth == MaritalStatus.MARRIED) {
            return ctx.dice().chance(0.7) ? MaritalStatus.UNMARRIED : MaritalStatus.DIVORCED;
        }
        return MaritalStatus.MARRIED;
    }
}
