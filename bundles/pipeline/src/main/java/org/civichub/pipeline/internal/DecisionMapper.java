package org.civichub.pipeline.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.api.RecordMapper;
import org.civichub.model.Address;
import org.civichub.model.Claim;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Sex;
import org.civichub.model.SourceRecord;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.Violation;

/**
 * Maps a worker's decision record to a fragment that names its resident and states the decided
 * value of one field, nothing else. The record's fields: {@code residentId}, {@code field} (one of
 * {@link Claim#FIELDS}), {@code value} (as claims write it), {@code reason} and {@code user}.
 */
final class DecisionMapper implements RecordMapper {

    /** The connector id decisions are taken in under. */
    static final String CONNECTOR = "hub-decisions";
    static final String RECORD_TYPE = "decision";
    static final Set<String> MARITAL = Set.of("未婚", "已婚", "离异", "丧偶");

    @Override
    public Mapping map(SourceRecord r) {
        List<Violation> violations = new ArrayList<>();
        String residentId = r.field("residentId").strip();
        String field = r.field("field").strip();
        String value = r.field("value").strip();
        require(violations, "residentId", residentId, residentId.matches("[A-Za-z0-9_-]{1,40}"), "residentId.valid",
                "a resident id has 1 to 40 letters, digits, '-' or '_'");
        require(violations, "field", field, Claim.FIELDS.contains(field), "field.oneOf",
                "a decision is about one of " + Claim.FIELDS);
        require(violations, "reason", r.field("reason"), !r.field("reason").isBlank() && r.field("reason").length() <= 200,
                "reason.required", "a decision gives its reason, in at most 200 characters");
        require(violations, "user", r.field("user"), !r.field("user").isBlank(), "user.required",
                "a decision names the user who took it");
        PersonFragment.Builder b = PersonFragment.from(r.provenance()).resident(residentId);
        if (Claim.FIELDS.contains(field) && !decided(b, field, value)) {
            violations.add(new Violation("value", "value." + field, value, "not a valid " + field + " value"));
        }
        return violations.isEmpty() ? Mapping.of(b.build(), Map.of()) : Mapping.rejected(violations);
    }

    /** Sets the decided value on the fragment; false when it is not a value of the field. */
    private static boolean decided(PersonFragment.Builder b, String field, String value) {
        switch (field) {
            case Claim.NAME -> {
                boolean ok = !value.isEmpty() && value.length() <= 40;
                b.name(value);
                return ok;
            }
            case Claim.SEX -> {
                Sex sex = Sex.of(value).filter(s -> s == Sex.MALE || s == Sex.FEMALE).orElse(null);
                b.sex(sex);
                return sex != null;
            }
            case Claim.BIRTH_DATE -> {
                try {
                    b.birthDate(LocalDate.parse(value));
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
            case Claim.STATUS -> {
                PersonStatus status = PersonStatus.ofCode(value).orElse(null);
                b.status(status);
                return status != null;
            }
            case Claim.MARITAL -> {
                b.tag(MARITAL.contains(value) ? Tag.active(TagKind.MARITAL, value) : null);
                return MARITAL.contains(value);
            }
            case Claim.ADDRESS -> {
                boolean ok = !value.isEmpty() && value.length() <= 200;
                b.currentAddress(ok ? Address.parse(null, value) : null);
                return ok;
            }
            default -> {
                return false;
            }
        }
    }

    private static void require(List<Violation> out, String field, String value, boolean ok, String rule, String message) {
        if (!ok) {
            out.add(new Violation(field, rule, value == null ? "" : value, message));
        }
    }
}
