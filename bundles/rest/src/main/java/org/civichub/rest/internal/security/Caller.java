package org.civichub.rest.internal.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;
import org.civichub.model.Household;
import org.civichub.model.Resident;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.store.Scope;

/**
 * The authenticated user a request runs as, with their roles, the population they may see, the
 * address the request came from (for the audit), and the grids of a grid worker ({@code grids}, ids
 * of the grid file; their places are in the scope once resolved).
 */
public record Caller(String user, Set<Role> roles, Scope scope, String client, Set<String> grids) implements Principal {

    public Caller(String user, Set<Role> roles, Scope scope, String client) {
        this(user, roles, scope, client, Set.of());
    }

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(scope, "scope");
        roles = Set.copyOf(roles);
        grids = grids == null ? Set.of() : Set.copyOf(grids);
    }

    /** This caller with its scope as resolved (its grids as the places they are now). */
    public Caller withScope(Scope resolved) {
        return new Caller(user, roles, resolved, client, grids);
    }

    @Override
    public String getName() {
        return user;
    }

    /** This caller, calling from the given address. */
    public Caller from(String address) {
        return new Caller(user, roles, scope, address, grids);
    }

    /** The department a department client calls for, or {@code null} for a user. */
    public String department() {
        return has(Role.DEPARTMENT) ? user : null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * This caller, when they have the role.
     *
     * @throws ProblemException 403 otherwise
     */
    public Caller require(Role role) {
        if (!has(role)) {
            throw ProblemException.forbidden("this needs the role '" + role.configName() + "'");
        }
        return this;
    }

    /** Whether the resident's registered or current address lies in this caller's scope. */
    public boolean sees(Resident r) {
        return scope.sees(r);
    }

    /** Whether the household's address (its head's registered address) is in the caller's scope. */
    public boolean sees(Household h) {
        return scope.sees(h);
    }
}
