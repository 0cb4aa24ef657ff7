package org.civichub.connector.police.internal;

import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.Address;
import org.civichub.model.CodeTable;
import org.civichub.model.DivisionCode;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Sex;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;

/**
 * Maps a registered resident (户籍人口, {@code person.csv}) to a fragment; a deceased one is also
 * tagged {@link TagKind#DECEASED}. An ID number with a wrong check character is kept as written for
 * the resolver. A birth date ({@code CSRQ}) that is no date does not stop a record whose valid ID
 * number gives the date: the ID's date is taken, and the broken field is a finding.
 */
final class PersonMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of(
            "idNumber", "GMSFHM", "name", "XM", "sex", "XB", "ethnicity", "MZ", "birthDate", "CSRQ",
            "householdNo", "HH", "relationToHead", "YHZGX", "registeredAddress", "HJDZ", "currentAddress", "XZZ",
            "status", "RYZT");

    private PersonMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("GMSFHM");
        f.updateTime("GXSJ", PoliceTime::parse, "yyyy-MM-dd HH:mm:ss");
        IdNumber id = f.linkableId("GMSFHM");
        String name = f.text("XM");
        Sex sex = f.lookup("XB", Sex::of, "code.GBT2261", "not a sex code of GB/T 2261.1 (0, 1, 2, 9)");
        String ethnicity = f.code("MZ", CodeTable.ETHNICITY);
        FieldReader csrq = new FieldReader(r);
        var birthDate = csrq.date("CSRQ");
        String household = f.text("HH");
        String relation = f.code("YHZGX", CodeTable.FAMILY_RELATION);
        DivisionCode division = f.division("HJDZ_XZQH");
        Address registered = Address.parse(division, f.text("HJDZ"));
        Address current = Address.parse(null, f.text("XZZ"));
        PersonStatus status = f.lookup("RYZT", PersonStatus::ofCode, "code.RYZT", "not a status code (0, 1, 2, 3)");
        if (!f.violations().isEmpty() || !csrq.violations().isEmpty() && id == null) {
            java.util.List<org.civichub.model.Violation> all = new java.util.ArrayList<>(f.violations());
            all.addAll(id == null ? csrq.violations() : java.util.List.of());
            return Mapping.rejected(all);
        }
        if (!csrq.violations().isEmpty()) {
            birthDate = id.birthDate();
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("GMSFHM")).name(name).sex(sex).ethnicity(ethnicity)
                .birthDate(birthDate).household(household, relation).registeredAddress(registered)
                .currentAddress(current).status(status)
                .tag(status == PersonStatus.DECEASED ? Tag.active(TagKind.DECEASED, null) : null)
                .build(), SOURCE_FIELDS).withFindings(csrq.violations());
    }
}
