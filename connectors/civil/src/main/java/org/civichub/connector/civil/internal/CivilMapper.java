package org.civichub.connector.civil.internal;

import java.util.List;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * Maps civil-affairs records by their type: {@code assistance} (低保/特困/临时救助), {@code disability}
 * (残疾), {@code death} (死亡/殡葬) and {@code elderly} (养老服务). Each is about the one person its
 * {@code idCard} and {@code name} name, and says one or two tagged facts about that person.
 */
public final class CivilMapper implements RecordMapper {

    /** The record types, in the order a sync reads them. */
    public static final List<String> RECORD_TYPES = List.of(CivilStream.values()).stream()
            .map(CivilStream::recordType).toList();

    @Override
    public Mapping map(SourceRecord record) {
        return CivilStream.of(record.key().recordType()).map(stream -> switch (stream) {
            case ASSISTANCE -> AssistanceMapper.map(record);
            case DISABILITY -> DisabilityMapper.map(record);
            case DEATH -> DeathMapper.map(record);
            case ELDERLY -> ElderlyMapper.map(record);
        }).orElseGet(() -> Mapping.rejected(List.of(new Violation("*", "recordType.known",
                record.key().recordType(), "the civil-affairs connector knows only "
                + String.join(", ", RECORD_TYPES) + " records"))));
    }
}
