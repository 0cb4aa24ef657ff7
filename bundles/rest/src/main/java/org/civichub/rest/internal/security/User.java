package org.civichub.rest.internal.security;

import java.util.Objects;
import java.util.Set;
import org.civichub.rest.PasswordHash;
import org.civichub.store.Scope;

/** A configured user: name, password hash, roles and scope. */
public record User(String name, PasswordHash passwordHash, Set<Role> roles, Scope scope) {

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(scope, "scope");
        roles = Set.copyOf(roles);
    }

    public Caller caller() {
        return new Caller(name, roles, scope, null);
    }
}
