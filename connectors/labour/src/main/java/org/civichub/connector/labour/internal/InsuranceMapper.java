package org.civichub.connector.labour.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Maps a social insurance enrolment (社保参保, {@code sb_cb}) to a fragment tagged
 * {@link TagKind#INSURED} with the insurance type {@code XZLX} as detail, valid from {@code CBRQ}:
 * active, suspended or ended by {@code CBZT}, and ended when the row deletes it ({@code CZLX = D}).
 */
final class InsuranceMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of("idNumber", "SFZHM", "name", "XM");
    private static final Map<String, TagStatus> CBZT = Map.of(
            "1", TagStatus.ACTIVE, "2", TagStatus.SUSPENDED, "3", TagStatus.ENDED);
    private static final Set<String> XZLX = Set.of("养老", "医疗", "失业", "工伤");

    private InsuranceMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("CBBH");
        f.updateTime(ExchangeTable.CZSJ, LabourTime::parse, LabourTime.WRITTEN);
        Operation operation = Operation.read(f);
        IdNumber id = f.linkableId("SFZHM");
        String name = f.text("XM");
        TagStatus status = f.required("CBZT") == null ? null : f.choice("CBZT", CBZT, "code.CBZT");
        String insurance = f.required("XZLX");
        if (insurance != null && !XZLX.contains(insurance)) {
            f.add("XZLX", "code.XZLX", insurance, "must be one of 养老, 医疗, 失业, 工伤");
        }
        LocalDate from = f.date("CBRQ");
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("SFZHM")).name(name)
                .tag(new Tag(TagKind.INSURED, operation == Operation.DELETE ? TagStatus.ENDED : status, insurance,
                        null, from, null))
                .build(), SOURCE_FIELDS);
    }
}
