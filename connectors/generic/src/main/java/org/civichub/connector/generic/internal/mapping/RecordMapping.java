package org.civichub.connector.generic.internal.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping file as read and checked by {@link MappingParser}: one source record is facts about one
 * person.
 *
 * @param file         the file's name, for messages
 * @param recordType   the record type, the dataset's file stem (the middle of record keys)
 * @param keyField     the source field holding the record's key
 * @param versionField the source field holding the record's update time as sent, its version
 * @param sourceFields every field the source sends that the mapping may use, in the order written
 * @param rules        the targets and how each is made, in the order written; at most one per target
 */
public record RecordMapping(String file, String recordType, String keyField, String versionField,
                            List<String> sourceFields, Map<Target, MappingRule> rules) {

    public RecordMapping {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(keyField, "keyField");
        Objects.requireNonNull(versionField, "versionField");
        sourceFields = List.copyOf(sourceFields);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    public Optional<MappingRule> rule(Target target) {
        return Optional.ofNullable(rules.get(target));
    }

    /** Whether the mapping gives the person a tag. */
    public boolean hasTag() {
        return rules.containsKey(Target.TAG_KIND);
    }
}
