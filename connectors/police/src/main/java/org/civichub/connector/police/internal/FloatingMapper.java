package org.civichub.connector.police.internal;

import java.time.LocalDate;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.ResidencePermit;
import org.civichub.model.Sex;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Maps a floating resident (流动人口, {@code floating.csv}): registered elsewhere, living here on a
 * residence permit, tagged {@link TagKind#FLOATING} for the permit's validity. Household
 * membership comes only from the register, so it stays empty.
 */
final class FloatingMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of(
            "idNumber", "GMSFHM", "name", "XM", "sex", "XB", "birthDate", "CSRQ",
            "registeredAddress", "HJDZ", "currentAddress", "XZZ", "residencePermit", "JZZH");

    private FloatingMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("JZZH");
        f.updateTime("GXSJ", PoliceTime::parse, "yyyy-MM-dd HH:mm:ss");
        IdNumber id = f.linkableId("GMSFHM");
        String name = f.text("XM");
        Sex sex = f.lookup("XB", Sex::of, "code.GBT2261", "not a sex code of GB/T 2261.1 (0, 1, 2, 9)");
        var birthDate = f.date("CSRQ");
        Address registered = Address.parse(null, f.text("HJDZ"));
        Address current = Address.parse(f.division("XZZ_XZQH"), f.text("XZZ"));
        LocalDate registeredOn = f.date("DJRQ");
        LocalDate validUntil = f.date("YXQZ");
        var permit = new ResidencePermit(r.key().sourceId(), registeredOn, validUntil);
        if (!f.violations().isEmpty()) {
            return Mapping.rejected(f.violations());
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("GMSFHM")).name(name).sex(sex).birthDate(birthDate)
                .registeredAddress(registered).currentAddress(current).residencePermit(permit)
                .tag(new Tag(TagKind.FLOATING, TagStatus.ACTIVE, null, null, registeredOn, validUntil))
                .build(), SOURCE_FIELDS);
    }
}
