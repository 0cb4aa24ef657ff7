package org.civichub.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civichub.model.Address;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;

/**
 * The fields of a resident a department can be entitled to, and a resident as one department may
 * see it: only its entitled fields, each with its value as the hub has it now. Tags are entitled by
 * kind ({@code tags.disability}).
 */
public final class ResidentFields {

    private static final Map<String, Function<Resident, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("idNumber", r -> r.idNumber() == null ? null : r.idNumber().value());
        FIELDS.put("name", r -> value(r.name()));
        FIELDS.put("sex", r -> r.sex() == null ? null : r.sex().value().code());
        FIELDS.put("ethnicity", r -> value(r.ethnicity()));
        FIELDS.put("birthDate", r -> r.birthDate() == null ? null : r.birthDate().value().toString());
        FIELDS.put("status", r -> r.status() == null ? null : r.status().value().code());
        FIELDS.put("householdNo", r -> value(r.householdNo()));
        FIELDS.put("relationToHead", r -> value(r.relationToHead()));
        FIELDS.put("registeredAddress", r -> address(r.registeredAddress()));
        FIELDS.put("currentAddress", r -> address(r.currentAddress()));
        FIELDS.put("residencePermit", r -> r.residencePermit() == null ? null : permit(r));
        for (TagKind kind : TagKind.values()) {
            FIELDS.put("tags." + kind.code(), r -> tags(r, kind));
        }
    }

    private ResidentFields() {
    }

    /** Every field name an entitlement may list. */
    public static List<String> names() {
        return List.copyOf(FIELDS.keySet());
    }

    /** The resident's values of the entitled fields that have one, in the order of {@link #names()}. */
    public static Map<String, Object> of(Resident r, List<String> entitled) {
        Map<String, Object> out = new LinkedHashMap<>();
        FIELDS.forEach((name, get) -> {
            if (entitled.contains(name)) {
                Object v = get.apply(r);
                if (v != null) {
                    out.put(name, v);
                }
            }
        });
        return out;
    }

    private static Object value(Sourced<String> s) {
        return s == null ? null : s.value();
    }

    private static Object address(Sourced<Address> s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("division", s.value().division() == null ? null : s.value().division().value());
        a.put("text", s.value().text());
        return a;
    }

    private static Object permit(Resident r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", r.residencePermit().value().number());
        p.put("validUntil", r.residencePermit().value().validUntil() == null ? null
                : r.residencePermit().value().validUntil().toString());
        return p;
    }

    private static Object tags(Resident r, TagKind kind) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Sourced<Tag> s : r.tags()) {
            Tag t = s.value();
            if (t.kind() == kind) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("status", t.status().code());
                m.put("detail", t.detail());
                m.put("from", t.from() == null ? null : t.from().toString());
                m.put("to", t.to() == null ? null : t.to().toString());
                out.add(m);
            }
        }
        return out.isEmpty() ? null : out;
    }
}
