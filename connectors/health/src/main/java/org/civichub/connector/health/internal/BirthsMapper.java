package org.civichub.connector.health.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.Sex;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;

/**
 * Maps a birth registration (出生登记, {@code births}): the newborn is the subject, tagged
 * {@link TagKind#NEWBORN} from the birth date, and has no ID number yet, so it is kept unlinked.
 * The mother, then the father, follow, each tagged {@link TagKind#PARENT} from the birth date; a
 * parent the record names neither by name nor by ID number is left out. A parent's ID number with a
 * wrong check character or birth date leaves that parent unlinked.
 */
final class BirthsMapper {

    private static final Map<String, Sex> SEXES = new LinkedHashMap<>();

    static {
        SEXES.put("男", Sex.MALE);
        SEXES.put("女", Sex.FEMALE);
    }

    private static final Parent MOTHER = new Parent("母亲", "母亲姓名", "母亲身份证号");
    private static final Parent FATHER = new Parent("父亲", "父亲姓名", "父亲身份证号");

    private static final Map<String, String> NEWBORN_FIELDS = Map.of(
            "name", "新生儿姓名", "sex", "性别", "birthDate", "出生日期", "currentAddress", "居住地址");

    private BirthsMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("出生医学证明编号");
        f.updateTime("登记日期");
        String name = f.text("新生儿姓名");
        Sex sex = f.choice("性别", SEXES, "sex.valid");
        LocalDate birthDate = f.date("出生日期");
        Address address = Address.parse(null, f.text("居住地址"));
        IdNumber motherId = f.linkableId(MOTHER.idField);
        IdNumber fatherId = f.linkableId(FATHER.idField);
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        List<PersonFragment> persons = new ArrayList<>();
        Map<String, String> sourceField = new HashMap<>(NEWBORN_FIELDS);
        persons.add(PersonFragment.from(r.provenance()).name(name).sex(sex).birthDate(birthDate)
                .currentAddress(address)
                .tag(new Tag(TagKind.NEWBORN, TagStatus.ACTIVE, null, null, birthDate, null))
                .build());
        addParent(r, persons, sourceField, MOTHER, motherId, f.writtenId(MOTHER.idField), birthDate);
        addParent(r, persons, sourceField, FATHER, fatherId, f.writtenId(FATHER.idField), birthDate);
        return Mapping.of(persons, sourceField);
    }

    /** Adds a parent the record names, as the next person; its properties are prefixed with its index. */
    private static void addParent(SourceRecord r, List<PersonFragment> persons, Map<String, String> sourceField,
                                  Parent parent, IdNumber id, String writtenId, LocalDate birthDate) {
        String name = r.field(parent.nameField).strip();
        if (name.isEmpty() && r.field(parent.idField).isBlank()) {
            return;
        }
        int index = persons.size();
        persons.add(PersonFragment.from(r.provenance()).idNumber(id).writtenId(writtenId).name(name.isEmpty() ? null : name)
                .tag(new Tag(TagKind.PARENT, TagStatus.ACTIVE, parent.role, null, birthDate, null))
                .build());
        sourceField.put(index + ".name", parent.nameField);
        sourceField.put(index + ".idNumber", parent.idField);
    }

    private record Parent(String role, String nameField, String idField) {
    }
}
