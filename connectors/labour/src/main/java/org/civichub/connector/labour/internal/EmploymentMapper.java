package org.civichub.connector.labour.internal;

import java.time.LocalDate;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Maps an employment registration (就业登记, {@code jy_dj}) to a fragment tagged
 * {@link TagKind#EMPLOYED} or {@link TagKind#UNEMPLOYED} by {@code JYZT}, with the employer
 * {@code DWMC} as detail, valid from {@code DJRQ} to {@code ZXRQ}. The registration has ended when
 * it is cancelled ({@code ZXRQ} set) or the row deletes it ({@code CZLX = D}).
 *
 * <p>An unemployed registration also says that the employment it registered has ended: it carries
 * an ended {@link TagKind#EMPLOYED} tag too. The hub keeps one tag per kind and record, so without
 * it the employed tag of the registration's earlier version (JYZT 1) would stay active beside the
 * unemployed one.
 */
final class EmploymentMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of("idNumber", "SFZHM", "name", "XM");
    private static final Map<String, TagKind> JYZT = Map.of("1", TagKind.EMPLOYED, "2", TagKind.UNEMPLOYED);

    private EmploymentMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("DJBH");
        f.updateTime(ExchangeTable.CZSJ, LabourTime::parse, LabourTime.WRITTEN);
        Operation operation = Operation.read(f);
        IdNumber id = f.linkableId("SFZHM");
        String name = f.text("XM");
        TagKind kind = f.required("JYZT") == null ? null : f.choice("JYZT", JYZT, "code.JYZT");
        String employer = f.text("DWMC");
        LocalDate from = f.date("DJRQ");
        LocalDate to = f.date("ZXRQ");
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        TagStatus status = to != null || operation == Operation.DELETE ? TagStatus.ENDED : TagStatus.ACTIVE;
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("SFZHM")).name(name)
                .tag(new Tag(kind, status, employer, null, from, to))
                .tag(kind == TagKind.UNEMPLOYED ? new Tag(TagKind.EMPLOYED, TagStatus.ENDED, employer, null, from, to) : null)
                .build(), SOURCE_FIELDS);
    }
}
