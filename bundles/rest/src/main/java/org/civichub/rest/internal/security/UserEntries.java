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
 * {@code user.<name> = pbkdf2$<iterations>$<salt>$<hash>;roles=<role>,...;scope=<division prefix or grid>,...}
 * (a grid, {@code <community>-<number>} of the grid file, for a grid worker),
 * and one key per department client, {@code client.<department> = sha256$<hex of the API key's
 * SHA-256>;scope=<division prefix>,...}.
 * An entry that cannot be read is left out, so a mistake locks one user out rather than letting
 * them in with the wrong rights. Problems never quote the entry, which may hold a plain password.
 */
public record UserEntries(Map<String, User> users, List<ApiClient> clients, List<String> problems) {

    /** The key prefix of a user entry. */
    public static final String KEY_PREFIX = "user.";
    /** The key prefix of a department client's entry. */
    public static final String CLIENT_PREFIX = "client.";

    private static final String DEPARTMENT = "[a-z][a-z0-9-]{0,39}";

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public UserEntries {
        users = Map.copyOf(users);
        clients = List.copyOf(clients);
        problems = List.copyOf(problems);
    }

    public static UserEntries parse(Map<String, ?> properties) {
        Map<String, User> users = new TreeMap<>();
        List<ApiClient> clients = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new TreeMap<>(properties).forEach((key, value) -> {
            if (key.startsWith(CLIENT_PREFIX)) {
                String department = key.substring(CLIENT_PREFIX.length());
                try {
                    clients.add(client(department, String.valueOf(value)));
                } catch (IllegalArgumentException e) {
                    problems.add("client '" + department + "' is ignored: " + e.getMessage());
                }
                return;
            }
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
        return new UserEntries(users, clients, problems);
    }

    /** {@code client.<department> = sha256$<hex>;scope=<division prefix>,...}. */
    private static ApiClient client(String department, String entry) {
        if (!department.matches(DEPARTMENT)) {
            throw new IllegalArgumentException("a department is 1-40 lower-case letters, digits or '-'");
        }
        String[] parts = entry.strip().split(";");
        String hash = parts[0].strip();
        if (!hash.startsWith("sha256$")) {
            throw new IllegalArgumentException("a key is given as sha256$<64 lower-case hex digits>");
        }
        Set<String> scope = Set.of();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int eq = part.indexOf('=');
            if (eq < 0 || !part.substring(0, eq).strip().equals("scope")) {
                throw new IllegalArgumentException("unknown attribute '" + part + "' (expected scope=)");
            }
            scope = Set.copyOf(list(part.substring(eq + 1)));
        }
        return new ApiClient(department, hash.substring("sha256$".length()), new Scope(scope));
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
                case "roles" -> values.forEach(v -> roles.add(Role.ofConfigName(v)
                        .filter(r -> r != Role.DEPARTMENT).orElseThrow(() -> new IllegalArgumentException(
                                "unknown role '" + v + "' (a department is a client., not a user)"))));
                case "scope" -> scope = Set.copyOf(values);
                default -> throw new IllegalArgumentException("unknown attribute '" + attribute
                        + "' (expected roles= or scope=)");
            }
        }
        Set<String> grids = scope.stream().filter(v -> v.matches(GRID)).collect(Collectors.toUnmodifiableSet());
        Set<String> prefixes = scope.stream().filter(v -> !v.matches(GRID)).collect(Collectors.toUnmodifiableSet());
        return new User(name, hash, roles, new Scope(prefixes), grids);
    }

    /** A grid of the grid file as a scope: {@code <community>-<number>}. */
    private static final String GRID = "\\d{12}-\\d{1,4}";

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
