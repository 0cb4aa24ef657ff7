package org.civichub.connector.health.internal;

import java.util.List;
import java.util.Optional;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * Maps health records by their type: {@code births} (出生登记) and {@code family} (婚育信息). A row
 * whose number of values differs from its file's header is rejected whatever it holds.
 */
public final class HealthMapper implements RecordMapper {

    @Override
    public Mapping map(SourceRecord record) {
        Optional<DropType> type = DropType.of(record.key().recordType());
        if (type.isEmpty()) {
            return Mapping.rejected(List.of(new Violation("*", "recordType.known", record.key().recordType(),
                    "the health connector knows only births and family records")));
        }
        Optional<Mapping> ragged = RaggedRow.check(record, type.get());
        if (ragged.isPresent()) {
            return ragged.get();
        }
        return switch (type.get()) {
            case BIRTHS -> BirthsMapper.map(record);
            case FAMILY -> FamilyMapper.map(record);
        };
    }
}
