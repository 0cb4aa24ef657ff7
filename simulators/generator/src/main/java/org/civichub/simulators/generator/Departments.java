package org.civichub.simulators.generator;

import java.util.List;

/**
 * Hands each household or floating group to the record writers of all ten department files, always
 * in the same order, so the sequence of random draws (and so the output) depends only on the seed.
 */
final class Departments {

    private final List<UnitRecords> writers;

    Departments(RecordContext ctx) {
        this.writers = List.of(
                new PolicePersonRecords(ctx), new FloatingRecords(ctx),
                new BirthRecords(ctx), new FamilyRecords(ctx),
                new AssistanceRecords(ctx), new DisabilityRecords(ctx), new DeathRecords(ctx), new ElderlyRecords(ctx),
                new EmploymentRecords(ctx), new InsuranceRecords(ctx));
    }

    void write(Unit unit) {
        for (UnitRecords writer : writers) {
            writer.write(unit);
        }
    }
}
