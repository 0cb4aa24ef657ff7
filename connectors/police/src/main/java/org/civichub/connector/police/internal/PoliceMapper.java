package org.civichub.connector.police.internal;

import java.util.List;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/** Maps police records by their type: {@code person} (户籍人口) and {@code floating} (流动人口). */
public final class PoliceMapper implements RecordMapper {

    public static final String DEPARTMENT = "police";
    public static final String PERSON = "person";
    public static final String FLOATING = "floating";

    @Override
    public Mapping map(SourceRecord record) {
        return switch (record.key().recordType()) {
            case PERSON -> PersonMapper.map(record);
            case FLOATING -> FloatingMapper.map(record);
            default -> Mapping.rejected(List.of(new Violation("*", "recordType.known", record.key().recordType(),
                    "the police connector knows only person and floating records")));
        };
    }
}
