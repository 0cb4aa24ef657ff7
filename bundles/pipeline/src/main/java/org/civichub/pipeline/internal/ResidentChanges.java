package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.civichub.model.Conflict;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;

/** Names the fields whose values differ between two versions of a resident. */
final class ResidentChanges {

    private static final Map<String, Function<Resident, Sourced<?>>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", Resident::name);
        FIELDS.put("sex", Resident::sex);
        FIELDS.put("ethnicity", Resident::ethnicity);
        FIELDS.put("birthDate", Resident::birthDate);
        FIELDS.put("householdNo", Resident::householdNo);
        FIELDS.put("relationToHead", Resident::relationToHead);
        FIELDS.put("registeredAddress", Resident::registeredAddress);
        FIELDS.put("currentAddress", Resident::currentAddress);
        FIELDS.put("status", Resident::status);
        FIELDS.put("residencePermit", Resident::residencePermit);
    }

    private ResidentChanges() {
    }

    /**
     * The changed field names in a fixed order, then {@code tags} with each kind whose tags changed
     * ({@code tags.disability}), and {@code conflicts} with each department in an open conflict
     * afterwards ({@code conflicts.police}), so that who hears of it is the event's own fact; every
     * field with a value when {@code before} is null.
     */
    static List<String> fields(Resident before, Resident after) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((name, get) -> {
            Object a = before == null ? null : value(get.apply(before));
            Object b = value(get.apply(after));
            if (!Objects.equals(a, b)) {
                changed.add(name);
            }
        });
        if (!tags(before).equals(tags(after))) {
            changed.add("tags");
            for (TagKind kind : TagKind.values()) {
                if (!tags(before, kind).equals(tags(after, kind))) {
                    changed.add("tags." + kind.code());
                }
            }
        }
        if (!conflicts(before).equals(conflicts(after))) {
            changed.add("conflicts");
            after.conflicts().stream().filter(Conflict::isOpen)
                    .flatMap(c -> c.pairs().stream().flatMap(p -> java.util.Arrays.stream(p.split("/"))))
                    .distinct().sorted().forEach(d -> changed.add("conflicts." + d));
        }
        return changed;
    }

    /** The conflicts as departments and the values they claim, without the record versions behind them. */
    private static List<String> conflicts(Resident r) {
        return r == null ? List.of() : r.conflicts().stream().map(c -> c.terms() + "=" + c.claims().stream()
                .map(x -> x.department() + ":" + x.value()).toList()
                + (c.resolution() == null ? "" : " decided " + c.resolution().value())).toList();
    }

    private static List<Tag> tags(Resident r) {
        return r == null ? List.of() : r.tags().stream().map(Sourced::value).toList();
    }

    private static List<Tag> tags(Resident r, TagKind kind) {
        return tags(r).stream().filter(t -> t.kind() == kind).toList();
    }

    private static Object value(Sourced<?> s) {
        return s == null ? null : s.value();
    }
}
