package org.civichub.connector.labour.internal;

import java.util.List;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/** Maps labour records by their type: {@code jy_dj} (就业登记) and {@code sb_cb} (社保参保). */
public final class LabourMapper implements RecordMapper {

    @Override
    public Mapping map(SourceRecord record) {
        String type = record.key().recordType();
        if (type.equals(ExchangeTable.JY_DJ.recordType())) {
            return EmploymentMapper.map(record);
        }
        if (type.equals(ExchangeTable.SB_CB.recordType())) {
            return InsuranceMapper.map(record);
        }
        return Mapping.rejected(List.of(new Violation("*", "recordType.known", type,
                "the labour connector knows only jy_dj and sb_cb records")));
    }
}
