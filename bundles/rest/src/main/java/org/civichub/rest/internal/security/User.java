package org.civichub.rest.internal.security;

import java.util.Objects;
import java.util.Set;
import org.civichub.rest.PasswordHash;
import org.civichub.store.Scope;

/**
 * A configured user: name, password hash, roles and scope; a grid worker's grids ({@code grids}, ids of
 * the grid file) join the scope when a request of theirs is authenticated.
 */
public record User(String name, PasswordHash passwordHash, Set<Role> roles, Scope scope, Set<String> grids) {

    public User(String name, PasswordHash passwordHash, Set<Role> roles, Scope scope) {
        this(name, passwordHash, roles, scope, Set.of());
    }

    public User {
        grids = grids == null ? Set.of() : Set.copyOf(grids);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(scope, "scope");
        roles = Set.copyOf(roles);
    }

    public Caller caller() {
        return new Caller(name, roles, scope, null, grids);
    }
}
