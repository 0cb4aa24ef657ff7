package org.civichub.feeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civichub.model.ChangeEvent;
import org.civichub.model.PersonStatus;
import org.civichub.model.Resident;
import org.civichub.model.TagKind;

/**
 * The kinds of change a department can be entitled to hear of, each read from the fields a change
 * event names (tags by kind, e.g. {@code tags.disability}): a death from the status the event
 * recorded, a birth from a new resident with a newborn tag. A new resident's status is no change
 * of status, unless it is a death.
 */
public enum ChangeKind {
    /** The resident died (status deceased). */
    DEATH,
    /** A resident born in the period appeared (a newborn tag on a new resident). */
    BIRTH,
    /** Any other change of status: moved out, registration cancelled, back to normal. */
    STATUS,
    /** Household, registered or current address, or residence permit. */
    RESIDENCE,
    /** Name, sex, ethnicity or birth date. */
    IDENTITY,
    /** Marital status. */
    MARRIAGE,
    /** Registered employment or unemployment. */
    EMPLOYMENT,
    /** Social insurance. */
    INSURANCE,
    /** Subsistence allowance, extreme poverty support or temporary assistance. */
    ASSISTANCE,
    /** Disability certificates. */
    DISABILITY,
    /** Elderly living alone or in care. */
    ELDERLY,
    /** A conflict between departments opened, changed or was resolved. */
    CONFLICT,
    /**
     * A data-quality finding about one of the department's own records (a wrong check character, a
     * record quarantined for a broken rule) or a conflict its records are in: for the source to fix.
     */
    FINDING;

    private static final Set<String> RESIDENCE_FIELDS = Set.of("householdNo", "relationToHead", "registeredAddress",
            "currentAddress", "residencePermit");
    private static final Set<String> IDENTITY_FIELDS = Set.of("name", "sex", "ethnicity", "birthDate");

    /** The name in entitlements and events, e.g. {@code death}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChangeKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code.strip())).findFirst();
    }

    /** The kinds of change one event is, given the resident as it is now (null when unknown). */
    public static List<ChangeKind> of(ChangeEvent e, Resident now) {
        List<String> f = e.changedFields();
        List<ChangeKind> out = new ArrayList<>();
        boolean dead = e.status() != null ? PersonStatus.DECEASED.code().equals(e.status())
                : now != null && now.status() != null && now.status().value() == PersonStatus.DECEASED;
        boolean created = "created".equals(e.kind());
        if (f.contains("status") && (dead || !created)) {
            out.add(dead ? DEATH : STATUS);
        }
        if (created && f.contains("tags." + TagKind.NEWBORN.code())) {
            out.add(BIRTH);
        }
        if (f.stream().anyMatch(RESIDENCE_FIELDS::contains)) {
            out.add(RESIDENCE);
        }
        if (f.stream().anyMatch(IDENTITY_FIELDS::contains)) {
            out.add(IDENTITY);
        }
        tag(f, out, MARRIAGE, TagKind.MARITAL);
        tag(f, out, EMPLOYMENT, TagKind.EMPLOYED, TagKind.UNEMPLOYED);
        tag(f, out, INSURANCE, TagKind.INSURED);
        tag(f, out, ASSISTANCE, TagKind.SUBSISTENCE, TagKind.EXTREME_POVERTY, TagKind.TEMPORARY_ASSISTANCE);
        tag(f, out, DISABILITY, TagKind.DISABILITY);
        tag(f, out, ELDERLY, TagKind.ELDERLY_ALONE, TagKind.ELDERLY_CARE);
        if (f.contains("conflicts")) {
            out.add(CONFLICT);
        }
        return out;
    }

    private static void tag(List<String> fields, List<ChangeKind> out, ChangeKind kind, TagKind... tags) {
        if (Arrays.stream(tags).anyMatch(t -> fields.contains("tags." + t.code()))) {
            out.add(kind);
        }
    }
}
