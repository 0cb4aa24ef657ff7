package org.civichub.rest.internal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civichub.rest.PasswordHash;
import org.civichub.store.Scope;

/**
 * Reads users from the configuration {@code org.civichub.rest.users}: one key per user,
 * {@code user.<name> = pbkdf2$<iterations>$<salt>$<hash>;roles=<role>,...;scope=<division prefix>,...}.
 * An entry that cannot be read is left out, so a mistake locks one user out rather than letting
 * them in with the wrong rights. Problems never quote the entry, which may hold a plain password.
 */
public record UserEntries(Map<String, User> users, List<String> problems) {

    /** The key prefix of a user entry. */
    public static final String KEY_PREFIX = "user.";

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public UserEntries {
        users = Map.copyOf(users);
        problems = List.copyOf(problems);
    }

    public static UserEntries parse(Map<String, ?> properties) {
        Map<String, User> users = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        new TreeMap<>(properties).forEach((key, value) -> {
            if (!key.startsWith(KEY_PREFIX)) {
                return;
            }
            String name = key.substring(KEY_PREFIX.length());
            try {
                if (!name.matches(NAME)) {
                    throw new IllegalArgumentException("a user name is 1-64 letters, digits, '.', '_' or '-'");
                }
                users.put(name, user(name, String.valueOf(value)));
            } catch (IllegalArgumentException e) {
                problems.add("user '" + name + "' is ignored: " + e.getMessage());
            }
        });
        return new UserEntries(users, problems);
    }

    private static User user(String name, String entry) {
        String[] parts = entry.strip().split(";");
        PasswordHash hash = PasswordHash.parse(parts[0].strip());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> scope = Set.of();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int eq = part.indexOf('=');
            String attribute = eq < 0 ? part : part.substring(0, eq).strip();
            List<String> values = eq < 0 ? List.of() : list(part.substring(eq + 1));
            switch (attribute) {
                case "roles" -> values.forEach(v -> roles.add(Role.ofConfigName(v).orElseThrow(
                        () -> new IllegalArgumentException("unknown role '" + v + "'"))));
                case "scope" -> scope = Set.copyOf(values);
                default -> throw new IllegalArgumentException("unknown attribute '" + attribute
                        + "' (expected roles= or scope=)");
            }
        }
        return new User(name, hash, roles, new Scope(scope));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
