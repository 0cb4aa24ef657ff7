package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * police/floating.csv: one residence permit per floating person, keyed by JZZH
 * ({@code JZ} + district code + year of registration + serial). A permit is valid for a year and
 * renewed yearly; when it expires during the period it is usually renewed in a second version.
 */
final class FloatingRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.POLICE_FLOATING;
    private static final double RENEWED = 0.7;
    private static final int MAX_YEARS_HERE = 5;

    private final RecordContext ctx;
    private long permits;

    FloatingRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        if (!(unit instanceof FloatingGroup group)) {
            return;
        }
        AddressStyle style = ctx.dice().chance(0.5) ? AddressStyle.FULL : AddressStyle.STREET;
        for (Resident resident : group.residents()) {
            ctx.sink().write(resident.person().key(), versions(group, resident.person(), style));
        }
    }

    private List<Row> versions(FloatingGroup group, Person person, AddressStyle style) {
        Timeline timeline = ctx.timeline();
        LocalDateTime first = group.arrival() != null ? timeline.at(group.arrival(), ctx.dice()) : timeline.initial(ctx.dice());
        LocalDate registered = group.arrival() != null ? group.arrival()
                : Timeline.sometimeBefore(timeline.start(), timeline.start().minusYears(MAX_YEARS_HERE), ctx.dice());
        LocalDate validUntil = registered.plusYears(1);
        while (validUntil.isBefore(first.toLocalDate())) {
            validUntil = validUntil.plusYears(1);
        }
        Row row = new Row(FILE)
                .set("JZZH", "JZ" + ctx.district().code() + registered.getYear() + Digits.padded(++permits, 6))
                .set("GMSFHM", person.id()).set("XM", person.name()).set("XB", person.sex().code())
                .set("CSRQ", Formats.compact(person.birthDate())).set("HJDZ", group.homeAddress())
                .set("XZZ", group.residence().render(style)).set("XZZ_XZQH", group.residence().community().code())
                .set("DJRQ", Formats.compact(registered)).set("YXQZ", Formats.compact(validUntil))
                .set("GXSJ", Formats.dateTime(first));
        List<RecordChange> changes = new ArrayList<>();
        if (!validUntil.isBefore(timeline.changesFrom()) && !validUntil.isAfter(timeline.lastEventDay())
                && ctx.dice().chance(RENEWED)) {
            LocalDate renewedOn = validUntil.minusDays(ctx.dice().between(0, 20));
            String renewedUntil = Formats.compact(validUntil.plusYears(1));
            changes.add(new RecordChange(timeline.at(renewedOn, ctx.dice()), r -> r.set("YXQZ", renewedUntil)));
        }
        return RecordChange.versions(row, first, changes, (next, time) -> next.set("GXSJ", Formats.dateTime(time)));
    }
}
