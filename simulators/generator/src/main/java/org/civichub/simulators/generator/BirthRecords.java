package org.civichub.simulators.generator;

/**
 * health/births.csv: one birth certificate per baby born during the period, keyed by
 * 出生医学证明编号 (a letter for the year, the province digits, a serial). The baby's ID number is
 * not on it; the parents' are, written as health writes them. Dates come in the three health styles.
 */
final class BirthRecords implements UnitRecords {

    private static final DatasetFile FILE = DatasetFile.HEALTH_BIRTHS;

    private final RecordContext ctx;
    private long certificates;

    BirthRecords(RecordContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void write(Unit unit) {
        for (Resident resident : unit.residents()) {
            if (resident.newborn()) {
                ctx.sink().write(resident.person().key(), row(unit, resident.person(), resident.birth()));
            }
        }
    }

    private Row row(Unit unit, Person baby, Birth birth) {
        Messer messer = ctx.messer();
        Dice dice = ctx.dice();
        char yearLetter = (char) ('A' + Math.floorMod(baby.birthDate().getYear() - 2000, 26));
        Person father = birth.father();
        String address = unit.residenceOn(baby.birthDate())
                .render(dice.chance(0.5) ? AddressStyle.DISTRICT : AddressStyle.CITY);
        return new Row(FILE)
                .set("出生医学证明编号", yearLetter + ctx.district().code().substring(0, 2) + Digits.padded(++certificates, 7))
                .set("新生儿姓名", messer.otherName(baby)).set("性别", baby.sex().label())
                .set("出生日期", Formats.health(baby.birthDate(), dice))
                .set("母亲姓名", messer.otherName(birth.mother())).set("母亲身份证号", messer.otherId(birth.mother()))
                .set("父亲姓名", father == null ? "" : messer.otherName(father))
                .set("父亲身份证号", father == null ? "" : messer.otherId(father))
                .set("居住地址", messer.otherAddress(address))
                .set("登记日期", Formats.health(birth.certifiedOn(), dice));
    }
}
