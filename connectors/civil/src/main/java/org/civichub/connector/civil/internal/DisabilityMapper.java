package org.civichub.connector.civil.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Maps a disability certificate ({@code disability.csv}, keyed by {@code certificateNo}): its holder,
 * tagged {@link TagKind#DISABILITY}, active, with the type of disability as its detail and the level
 * (1 to 4) as its grade, e.g. {@code 2级}. Both are required.
 */
final class DisabilityMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of("idNumber", "idCard", "name", "name");

    static final Map<String, String> TYPES = List.of("视力", "听力", "言语", "肢体", "智力", "精神", "多重").stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Function.identity()));

    private DisabilityMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("certificateNo");
        f.updateTime(CivilStream.UPDATED_AT);
        IdNumber id = f.linkableId("idCard");
        String name = f.text("name");
        f.required("disabilityType");
        String type = f.choice("disabilityType", TYPES, "code.disabilityType");
        f.required("level");
        Integer level = f.integer("level", 1, 4);
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("idCard")).name(name)
                .tag(new Tag(TagKind.DISABILITY, TagStatus.ACTIVE, type, level + "级", null, null))
                .build(), SOURCE_FIELDS);
    }
}
