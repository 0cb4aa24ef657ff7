package org.civichub.connector.civil.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Maps an assistance case ({@code assistance.csv}, keyed by {@code caseNo}): its recipient, with the
 * address the case gives as the current one, tagged by the kind of assistance (低保
 * {@link TagKind#SUBSISTENCE}, 特困 {@link TagKind#EXTREME_POVERTY}, 临时救助
 * {@link TagKind#TEMPORARY_ASSISTANCE}), 在保 active or 停保 ended, the monthly amount as its grade
 * (as written) and the case's start and end dates as its validity.
 */
final class AssistanceMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of(
            "idNumber", "idCard", "name", "name", "currentAddress", "address");

    static final Map<String, TagKind> KINDS = Map.of(
            "低保", TagKind.SUBSISTENCE, "特困", TagKind.EXTREME_POVERTY, "临时救助", TagKind.TEMPORARY_ASSISTANCE);

    static final Map<String, TagStatus> STATUSES = Map.of("在保", TagStatus.ACTIVE, "停保", TagStatus.ENDED);

    private AssistanceMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("caseNo");
        f.updateTime(CivilStream.UPDATED_AT);
        IdNumber id = f.linkableId("idCard");
        String name = f.text("name");
        Address current = Address.parse(null, f.text("address"));
        f.required("assistanceType");
        TagKind kind = f.choice("assistanceType", KINDS, "code.assistanceType");
        f.required("status");
        TagStatus status = f.choice("status", STATUSES, "code.assistanceStatus");
        BigDecimal amount = f.amount("monthlyAmount");
        LocalDate from = f.date("startDate");
        LocalDate to = f.date("endDate");
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("idCard")).name(name).currentAddress(current)
                .tag(new Tag(kind, status, null, amount == null ? null : f.text("monthlyAmount"), from, to))
                .build(), SOURCE_FIELDS);
    }
}
