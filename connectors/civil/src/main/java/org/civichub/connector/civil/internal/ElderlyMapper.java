package org.civichub.connector.civil.internal;

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
 * Maps an elderly-care record ({@code elderly.csv}, keyed by the {@code idCard} it is about): two
 * facts with the care level (0 to 3) as their grade, {@link TagKind#ELDERLY_ALONE} active while
 * {@code livingAlone} is true and {@link TagKind#ELDERLY_CARE} active while the care level is above
 * 0; each ended otherwise, so a later version can end what an earlier one said. Both fields are
 * required.
 */
final class ElderlyMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of("idNumber", "idCard", "name", "name");

    private ElderlyMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("idCard");
        f.updateTime(CivilStream.UPDATED_AT);
        IdNumber id = f.linkableId("idCard");
        String name = f.text("name");
        f.required("livingAlone");
        Boolean alone = f.bool("livingAlone");
        f.required("careLevel");
        Integer careLevel = f.integer("careLevel", 0, 3);
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        String grade = String.valueOf(careLevel);
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("idCard")).name(name)
                .tag(new Tag(TagKind.ELDERLY_ALONE, status(alone), null, grade, null, null))
                .tag(new Tag(TagKind.ELDERLY_CARE, status(careLevel > 0), null, grade, null, null))
                .build(), SOURCE_FIELDS);
    }

    private static TagStatus status(boolean holds) {
        return holds ? TagStatus.ACTIVE : TagStatus.ENDED;
    }
}
