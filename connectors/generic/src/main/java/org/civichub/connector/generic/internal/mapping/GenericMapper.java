package org.civichub.connector.generic.internal.mapping;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.generic.internal.RowFields;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.Sex;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.model.Violation;

/**
 * Maps a record as its {@link RecordMapping} says: one person, with the tag the mapping defines.
 * The record's key ({@code key.present}) and update time ({@code time.valid}) are checked first;
 * then every target, each violation naming the source field. A tag's kind is required; its status
 * is active unless the mapping sets it, and then required. A row read from a file whose number of
 * values differs from its header's is rejected ({@code row.columns}) whatever it holds.
 */
public final class GenericMapper implements RecordMapper {

    static final String RAGGED_RULE = "row.columns";

    private final RecordMapping mapping;
    private final Map<String, String> sourceField = new LinkedHashMap<>();

    public GenericMapper(RecordMapping mapping) {
        this.mapping = mapping;
        for (MappingRule r : mapping.rules().values()) {
            if (!r.target().isTag() && !r.expression().fields().isEmpty()) {
                sourceField.put(r.target().property(), r.expression().fields().get(0));
            }
        }
    }

    @Override
    public Mapping map(SourceRecord r) {
        String columns = r.payload().get(RowFields.COLUMNS);
        if (columns != null) {
            return ragged(r, columns);
        }
        FieldReader f = new FieldReader(r);
        f.key(mapping.keyField());
        f.updateTime(mapping.versionField());
        TargetReader t = new TargetReader(mapping, f);
        IdNumber id = t.idNumber();
        String name = t.text(Target.PERSON_NAME);
        Sex sex = t.coded(Target.PERSON_SEX, Sex::of, "sex.valid", "a GB/T 2261.1 sex code or 男/女", false);
        LocalDate birthDate = t.date(Target.PERSON_BIRTH_DATE);
        Address registered = Address.parse(null, t.text(Target.PERSON_REGISTERED_ADDRESS));
        Address current = Address.parse(null, t.text(Target.PERSON_CURRENT_ADDRESS));
        Tag tag = mapping.hasTag() ? tag(t) : null;
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(t.writtenId()).name(name).sex(sex).birthDate(birthDate)
                .registeredAddress(registered).currentAddress(current).tag(tag).build(), sourceField);
    }

    private static Tag tag(TargetReader t) {
        TagKind kind = t.coded(Target.TAG_KIND, TagKind::ofCode, "tagKind.valid", "a tag kind code", true);
        TagStatus status = t.coded(Target.TAG_STATUS, TagStatus::ofCode, "tagStatus.valid",
                "active, suspended or ended", true);
        String detail = t.text(Target.TAG_DETAIL);
        String grade = t.text(Target.TAG_GRADE);
        LocalDate from = t.date(Target.TAG_FROM);
        LocalDate to = t.date(Target.TAG_TO);
        if (kind == null) {
            return null;
        }
        return new Tag(kind, status == null ? TagStatus.ACTIVE : status, detail, grade, from, to);
    }

    /**
     * A row whose values do not line up with its header: each source field it lacks is a violation,
     * or, when it lacks none (it has values beyond the header), one violation of {@link RowFields#COLUMNS}.
     */
    private Mapping ragged(SourceRecord r, String columns) {
        String[] counts = columns.split("/", 2);
        String row = r.field(RowFields.FILE) + " row " + r.field(RowFields.ROW) + " has " + counts[0]
                + " values but its header has " + (counts.length > 1 ? counts[1] : "?") + " columns";
        List<Violation> violations = mapping.sourceFields().stream().filter(c -> !r.payload().containsKey(c))
                .map(c -> new Violation(c, RAGGED_RULE, "", row + ": " + c + " is missing")).toList();
        if (violations.isEmpty()) {
            violations = List.of(new Violation(RowFields.COLUMNS, RAGGED_RULE, columns,
                    row + ": the values do not line up with the columns"));
        }
        return Mapping.rejected(violations);
    }
}
