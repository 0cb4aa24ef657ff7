package org.civichub.simulators.generator;

/**
 * civil/death.csv: one cremation record per registered resident who dies during the period, keyed
 * by cremationNo ({@code BZ} + year + serial), recorded 1-15 days after the death. Whether police
 * ever hear of it is decided with the death ({@link MessKind#DEATH_NOT_IN_POLICE}).
 */
final class DeathRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.CIVIL_DEATH;

    private final RecordContext ctx;
    private long cremations;

    DeathRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        for (Resident resident : unit.residents()) {
            Death death = resident.fate().death();
            if (death != null) {
                Person person = resident.person();
                ctx.sink().write(person.key(), new Row(FILE)
                        .set("cremationNo", "BZ" + death.date().getYear() + Digits.padded(++cremations, 6))
                        .set("idCard", ctx.messer().otherId(person)).set("name", ctx.messer().otherName(person))
                        .set("dateOfDeath", Formats.iso(death.date()))
                        .set("updatedAt", Formats.isoOffset(death.reportedToCivil())));
            }
        }
    }
}
