package org.civichub.connector.civil.internal;

import java.time.LocalDate;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Maps a cremation record ({@code death.csv}, keyed by {@code cremationNo}): the deceased, with the
 * status {@link PersonStatus#DECEASED} and tagged {@link TagKind#DECEASED} from the date of death,
 * which is required.
 */
final class DeathMapper {

    static final Map<String, String> SOURCE_FIELDS = Map.of("idNumber", "idCard", "name", "name");

    private DeathMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("cremationNo");
        f.updateTime(CivilStream.UPDATED_AT);
        IdNumber id = f.linkableId("idCard");
        String name = f.text("name");
        f.required("dateOfDeath");
        LocalDate died = f.date("dateOfDeath");
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("idCard")).name(name)
                .status(PersonStatus.DECEASED)
                .tag(new Tag(TagKind.DECEASED, TagStatus.ACTIVE, null, null, died, null))
                .build(), SOURCE_FIELDS);
    }
}
