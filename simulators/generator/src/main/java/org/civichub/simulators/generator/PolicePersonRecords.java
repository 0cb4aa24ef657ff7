package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.civichub.model.PersonStatus;

/**
 * police/person.csv: one record per registered resident, keyed by GMSFHM as police hold it. Later
 * versions record a household's move (new HJDZ, HJDZ_XZQH and XZZ), a hukou moved away (RYZT 2) or
 * a death (RYZT 1) when police heard of it. Registered addresses are written in full, mostly with
 * province; XZZ repeats HJDZ or is written shorter.
 */
final class PolicePersonRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.POLICE_PERSON;

    private final RecordContext ctx;

    PolicePersonRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        if (!(unit instanceof Household household)) {
            return;
        }
        AddressWriting writing = new AddressWriting(ctx.dice().chance(0.85) ? AddressStyle.FULL : AddressStyle.STREET,
                ctx.dice().chance(0.6), ctx.dice().chance(0.5) ? AddressStyle.CITY : AddressStyle.DISTRICT);
        for (Resident resident : household.residents()) {
            ctx.sink().write(resident.person().key(), versions(household, resident, writing));
        }
    }

    private List<Row> versions(Household household, Resident resident, AddressWriting writing) {
        Person person = resident.person();
        LocalDateTime first = resident.newborn()
                ? ctx.timeline().at(resident.birth().registeredOn(), ctx.dice())
                : ctx.timeline().initial(ctx.dice());
        Row row = new Row(FILE).set("GMSFHM", ctx.messer().policeId(person)).set("XM", person.name())
                .set("XB", person.sex().code()).set("MZ", person.ethnicity())
                .set("CSRQ", ctx.messer().policeBirthDate(person.birthDate())).set("HH", household.number())
                .set("YHZGX", resident.relation()).set("RYZT", PersonStatus.ACTIVE.code())
                .set("GXSJ", Formats.dateTime(first));
        writing.apply(row, household, first.toLocalDate());
        return RecordChange.versions(row, first, changes(household, resident, first, writing),
                (next, time) -> next.set("GXSJ", Formats.dateTime(time)));
    }

    private List<RecordChange> changes(Household household, Resident resident, LocalDateTime first,
                                       AddressWriting writing) {
        List<RecordChange> changes = new ArrayList<>();
        Relocation move = household.relocation();
        if (move != null && first.toLocalDate().isBefore(move.day()) && resident.fate().presentOn(move.day())) {
            changes.add(new RecordChange(ctx.timeline().at(move.day(), ctx.dice()),
                    row -> writing.apply(row, household, move.day())));
        }
        LocalDate movedOut = resident.fate().movedOut();
        if (movedOut != null) {
            changes.add(new RecordChange(ctx.timeline().at(movedOut, ctx.dice()),
                    row -> row.set("RYZT", PersonStatus.MOVED_OUT.code())));
        }
        Death death = resident.fate().death();
        if (death != null && death.recordedByPolice() != null) {
            changes.add(new RecordChange(death.recordedByPolice(), row -> row.set("RYZT", PersonStatus.DECEASED.code())));
        }
        return changes;
    }

    /** How one household's addresses are written, fixed for all its rows and versions. */
    private record AddressWriting(AddressStyle registeredStyle, boolean repeatRegistered, AddressStyle residenceStyle) {

        void apply(Row row, Household household, LocalDate day) {
            HomeAddress registered = household.registeredOn(day);
            HomeAddress residence = household.residenceOn(day);
            String hjdz = registered.render(registeredStyle);
            String xzz = residence.sameDwelling(registered) && repeatRegistered ? hjdz : residence.render(residenceStyle);
            row.set("HJDZ_XZQH", registered.community().code()).set("HJDZ", hjdz).set("XZZ", xzz);
        }
    }
}
