package org.civichub.pipeline.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.kit.FieldReader;
import org.civichub.model.Address;
import org.civichub.model.DivisionCode;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Sex;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.pipeline.Reports;

/**
 * Maps a community worker's report (see {@link Reports}) to what it says: a death or a move out
 * sets the resident's status, a move in states a person with an ID number who lives here now, a
 * birth a newborn and its parents, a marriage the marital status, an employment change the
 * employment, an address change where the resident lives now. A report about a known resident
 * names it, so it is placed without resolution. Every field that breaks a rule is a violation; a
 * date after the report is one too.
 */
final class ReportMapper implements RecordMapper {

    /** The connector id reports are taken in under. */
    static final String CONNECTOR = "community-reports";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> MARITAL = Map.of("未婚", "未婚", "已婚", "已婚", "离异", "离异", "丧偶", "丧偶");

    @Override
    public Mapping map(SourceRecord r) {
        FieldReader f = new FieldReader(r);
        String kind = f.required("kind");
        if (kind != null && !Reports.KINDS.contains(kind)) {
            f.add("kind", "kind.oneOf", kind, "a report is one of " + Reports.KINDS);
        }
        f.required("user");
        if (f.required("division") != null) {
            f.division("division");
        }
        LocalDate today = r.updatedAt().atZone(CHINA).toLocalDate();
        List<PersonFragment> persons = new ArrayList<>();
        Map<String, String> sourceField = new HashMap<>();
        if (kind != null && Reports.KINDS.contains(kind)) {
            read(kind, r, f, today, persons, sourceField);
        }
        return f.isValid() ? Mapping.of(persons, sourceField) : Mapping.rejected(f.violations());
    }

    private static void read(String kind, SourceRecord r, FieldReader f, LocalDate today, List<PersonFragment> persons,
                             Map<String, String> sourceField) {
        PersonFragment.Builder b = PersonFragment.from(r.provenance());
        switch (kind) {
            case "death" -> {
                LocalDate died = date(f, "date", today);
                b.resident(resident(f, "residentId")).status(PersonStatus.DECEASED)
                        .tag(new Tag(TagKind.DECEASED, TagStatus.ACTIVE, null, null, died, null));
            }
            case "moveOut" -> {
                date(f, "date", today);
                b.resident(resident(f, "residentId")).status(PersonStatus.MOVED_OUT);
                String to = text(f, "address", 200);
                if (to != null) {
                    b.currentAddress(Address.parse(null, to));
                }
            }
            case "moveIn" -> {
                date(f, "date", today);
                IdNumber id = f.idNumber("idNumber");
                b.idNumber(id).name(name(f, "name")).sex(sex(f, false))
                        .currentAddress(Address.parse(division(f), text(f, "address", 200)));
                sourceField.putAll(Map.of("idNumber", "idNumber", "name", "name", "sex", "sex"));
            }
            case "birth" -> {
                LocalDate born = date(f, "birthDate", today);
                b.name(name(f, "name")).sex(sex(f, true)).birthDate(born)
                        .currentAddress(Address.parse(division(f), text(f, "address", 200)))
                        .tag(new Tag(TagKind.NEWBORN, TagStatus.ACTIVE, null, null, born, null));
                sourceField.putAll(Map.of("name", "name", "sex", "sex", "birthDate", "birthDate"));
                persons.add(b.build());
                parents(r, f, born, persons);
                return;
            }
            case "marriage" -> {
                LocalDate from = date(f, "date", today);
                String status = f.choice("maritalStatus", MARITAL, "marital.oneOf");
                if (status == null && f.text("maritalStatus") == null) {
                    f.required("maritalStatus");
                }
                b.resident(resident(f, "residentId"))
                        .tag(new Tag(TagKind.MARITAL, TagStatus.ACTIVE, status, null, from, null));
            }
            case "employment" -> {
                LocalDate from = date(f, "date", today);
                Boolean employed = f.bool("employed");
                if (employed == null && f.text("employed") == null) {
                    f.required("employed");
                }
                String employer = text(f, "employer", 100);
                b.resident(resident(f, "residentId")).tag(new Tag(Boolean.FALSE.equals(employed) ? TagKind.UNEMPLOYED
                        : TagKind.EMPLOYED, TagStatus.ACTIVE, Boolean.FALSE.equals(employed) ? null : employer, null, from, null));
            }
            case "address" -> {
                String text = text(f, "address", 200);
                if (text == null) {
                    f.required("address");
                }
                b.resident(resident(f, "residentId")).currentAddress(Address.parse(division(f), text));
            }
            default -> throw new IllegalArgumentException(kind);
        }
        persons.add(b.build());
    }

    /** The parents a birth names by resident id, at least one. */
    private static void parents(SourceRecord r, FieldReader f, LocalDate born, List<PersonFragment> persons) {
        boolean named = false;
        for (String[] parent : new String[][] {{"mother", "母亲"}, {"father", "父亲"}}) {
            if (f.text(parent[0]) == null) {
                continue;
            }
            named = true;
            String id = resident(f, parent[0]);
            persons.add(PersonFragment.from(r.provenance()).resident(id)
                    .tag(new Tag(TagKind.PARENT, TagStatus.ACTIVE, parent[1], null, born, null)).build());
        }
        if (!named) {
            f.add("mother", "parent.present", "", "a birth names the mother or the father (a resident id)");
        }
    }

    private static String resident(FieldReader f, String field) {
        String id = f.required(field);
        if (id != null && !id.matches("[A-Za-z0-9_-]{1,40}")) {
            f.add(field, "residentId.valid", id, "a resident id has 1 to 40 letters, digits, '-' or '_'");
            return null;
        }
        return id;
    }

    /** A required date, not after the day of the report. */
    private static LocalDate date(FieldReader f, String field, LocalDate today) {
        if (f.required(field) == null) {
            return null;
        }
        LocalDate d = f.date(field);
        if (d != null && d.isAfter(today)) {
            f.add(field, "date.notFuture", d.toString(), "a reported date cannot be after the report");
            return null;
        }
        return d;
    }

    private static String name(FieldReader f, String field) {
        String name = f.required(field);
        if (name != null && (name.length() > 40 || !name.matches("[^0-9<>{}]*"))) {
            f.add(field, "name.valid", name, "a name has at most 40 characters, no digits or markup");
            return null;
        }
        return name;
    }

    private static Sex sex(FieldReader f, boolean required) {
        if (required && f.text("sex") == null) {
            f.required("sex");
            return null;
        }
        return f.lookup("sex", v -> Sex.of(v).filter(s -> s == Sex.MALE || s == Sex.FEMALE), "sex.valid",
                "must be 男 or 女 (1 or 2)");
    }

    private static String text(FieldReader f, String field, int max) {
        String v = f.text(field);
        if (v != null && v.length() > max) {
            f.add(field, "text.size", v.substring(0, Math.min(v.length(), 20)) + "…", "at most " + max + " characters");
            return null;
        }
        return v;
    }

    private static DivisionCode division(FieldReader f) {
        String v = f.text("division");
        return v != null && DivisionCode.isValid(v) ? new DivisionCode(v) : null;
    }
}
