package org.civichub.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every department's {@link Entitlement}, with the version of the list, from
 * {@code etc/org.civichub.entitlements.cfg}: {@code version}, and per department
 * {@code <department>.changes}, {@code .fields} and {@code .facts} as comma-separated lists. A
 * department not listed is entitled to nothing.
 */
public record Entitlements(int version, Map<String, Entitlement> departments) {

    /** The facts a department can be entitled to verify. */
    public static final List<String> FACTS = List.of("alive", "resident-of", "receives-allowance", "household-members");

    private static final Set<String> PARTS = Set.of("changes", "fields", "facts");
    private static final String DEPARTMENT = "[a-z][a-z0-9-]{0,39}";

    public Entitlements {
        departments = Map.copyOf(departments);
    }

    /** One department's entitlement. */
    public Optional<Entitlement> of(String department) {
        return Optional.ofNullable(departments.get(department));
    }

    /** The defaults, from what each department needs to hear. */
    public static Entitlements defaults() {
        Properties p = new Properties();
        try (InputStream in = Entitlements.class.getResourceAsStream("default-entitlements.cfg")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, v));
        return parse(m, "the default entitlements");
    }

    /**
     * The entitlements of a configuration; keys of other forms (such as Karaf's {@code service.pid})
     * are ignored.
     *
     * @throws IllegalArgumentException naming, in one message, every unknown kind of change, field or
     *         fact, and a missing or bad version
     */
    public static Entitlements parse(Map<String, ?> properties, String source) {
        List<String> problems = new ArrayList<>();
        Object v = properties.get("version");
        int version = 0;
        try {
            version = v == null ? 0 : Integer.parseInt(v.toString().strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (version < 1) {
            problems.add("version: a whole number of at least 1, raised with every change (is: " + v + ")");
        }
        Set<String> departments = new TreeSet<>();
        properties.keySet().forEach(k -> {
            int dot = k.indexOf('.');
            if (dot > 0 && PARTS.contains(k.substring(dot + 1)) && k.substring(0, dot).matches(DEPARTMENT)) {
                departments.add(k.substring(0, dot));
            }
        });
        Map<String, Entitlement> out = new TreeMap<>();
        for (String d : departments) {
            List<String> changes = list(properties.get(d + ".changes"));
            List<String> fields = list(properties.get(d + ".fields"));
            List<String> facts = list(properties.get(d + ".facts"));
            changes.stream().filter(c -> ChangeKind.of(c).isEmpty()).forEach(c -> problems.add(d
                    + ".changes: unknown kind of change '" + c + "' (known: " + Arrays.stream(ChangeKind.values())
                    .map(ChangeKind::code).toList() + ")"));
            fields.stream().filter(f -> !ResidentFields.names().contains(f)).forEach(f -> problems.add(d
                    + ".fields: unknown field '" + f + "' (known: " + ResidentFields.names() + ")"));
            facts.stream().filter(f -> !FACTS.contains(f)).forEach(f -> problems.add(d
                    + ".facts: unknown fact '" + f + "' (known: " + FACTS + ")"));
            out.put(d, new Entitlement(d, changes, fields, facts));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return new Entitlements(version, out);
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }
}
