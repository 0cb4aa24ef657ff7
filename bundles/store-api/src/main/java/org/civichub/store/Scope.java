package org.civichub.store;

import java.util.Set;

/**
 * The part of the population a user may see: division-code prefixes (a 6-digit county, a 9-digit
 * street or a 12-digit community). Every query takes one; an empty scope sees nothing.
 */
public record Scope(Set<String> divisionPrefixes) {

    public Scope {
        divisionPrefixes = Set.copyOf(divisionPrefixes);
        for (String p : divisionPrefixes) {
            if (!p.matches("\\d{2,12}")) {
                throw new IllegalArgumentException("a scope is made of division-code prefixes: " + p);
            }
        }
    }

    public boolean covers(String divisionCode) {
        return divisionCode != null && divisionPrefixes.stream().anyMatch(divisionCode::startsWith);
    }
}
