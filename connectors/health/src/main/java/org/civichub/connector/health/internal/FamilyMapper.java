package org.civichub.connector.health.internal;

import java.util.LinkedHashMap;
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
 * Maps a marriage and children record (婚育信息, {@code family}) to a person tagged
 * {@link TagKind#MARITAL}: the marital status as the tag's detail and the number of children as its
 * grade. The status is required; the number of children may be empty. The one-child certificate
 * number (独生子女证号) stays in the source record only.
 */
final class FamilyMapper {

    private static final Map<String, String> STATUSES = new LinkedHashMap<>();

    static {
        for (String s : new String[] {"未婚", "已婚", "离异", "丧偶"}) {
            STATUSES.put(s, s);
        }
    }

    /** The most children a record may state; more is taken for a typing error. */
    static final int MAX_CHILDREN = 20;

    private static final Map<String, String> SOURCE_FIELDS = Map.of("idNumber", "身份证号", "name", "姓名");

    private FamilyMapper() {
    }

    static Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        f.key("身份证号");
        f.updateTime("更新日期");
        IdNumber id = f.linkableId("身份证号");
        String name = f.text("姓名");
        f.required("婚姻状况");
        String status = f.choice("婚姻状况", STATUSES, "marital.valid");
        Integer children = f.integer("子女数", 0, MAX_CHILDREN);
        if (!f.isValid()) {
            return Mapping.rejected(f.violations());
        }
        return Mapping.of(PersonFragment.from(r.provenance()).idNumber(id).writtenId(f.writtenId("身份证号")).name(name)
                .tag(new Tag(TagKind.MARITAL, TagStatus.ACTIVE, status, children == null ? null : children.toString(),
                        null, null))
                .build(), SOURCE_FIELDS);
    }
}
