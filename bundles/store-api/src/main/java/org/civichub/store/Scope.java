package org.civichub.store;

import java.util.Optional;
import java.util.Set;
import org.civichub.model.Address;
import org.civichub.model.Household;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.resolver.Home;

/**
 * The part of the population a user may see: division-code prefixes (a 6-digit county, a 9-digit
 * street or a 12-digit community), and places (a grid: buildings of a community), whose residents
 * are those living there ({@link Home}). Every query takes one; an empty scope sees nothing.
 */
public record Scope(Set<String> divisionPrefixes, Set<Place> places) {

    public Scope(Set<String> divisionPrefixes) {
        this(divisionPrefixes, Set.of());
    }

    /** Every province: for the hub's own administrators (the Karaf shell), never for API users. */
    public static final Scope EVERYWHERE = new Scope(Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82"));

    public Scope {
        divisionPrefixes = Set.copyOf(divisionPrefixes);
        places = places == null ? Set.of() : Set.copyOf(places);
        for (String p : divisionPrefixes) {
            if (!p.matches("\\d{2,12}")) {
                throw new IllegalArgumentException("a scope is made of division-code prefixes: " + p);
            }
        }
    }

    public boolean covers(String divisionCode) {
        return divisionCode != null && divisionPrefixes.stream().anyMatch(divisionCode::startsWith);
    }

    /** Whether it sees no one. */
    public boolean isEmpty() {
        return divisionPrefixes.isEmpty() && places.isEmpty();
    }

    /**
     * Whether the resident's registered or current address lies under one of its prefixes, or the
     * resident lives in one of its places.
     */
    public boolean sees(Resident r) {
        return covers(r.registeredAddress()) || covers(r.currentAddress())
                || !places.isEmpty() && inPlaces(Home.of(r));
    }

    /** Whether the household's address (its head's registered address) is in this scope. */
    public boolean sees(Household h) {
        return h.address() != null && h.address().division() != null
                && (covers(h.address().division().value()) || !places.isEmpty() && inPlaces(Home.of(h.address())));
    }

    private boolean inPlaces(Optional<Home> home) {
        return home.isPresent() && places.stream().anyMatch(p -> p.contains(home.get()));
    }

    /**
     * Whether the division is one this scope covers or one that holds or lies in one of its places:
     * where its user may start to look (what they find there is still only their scope's).
     */
    public boolean touches(String divisionCode) {
        return covers(divisionCode) || places.stream().anyMatch(p -> p.division().startsWith(divisionCode)
                || divisionCode.startsWith(p.division()));
    }

    /**
     * Whether a department with this scope hears of the resident: in scope by address, or, when the
     * scope covers a whole district, a resident the hub knows no placed address of yet (a record
     * without an address came first, e.g. labour's): the department would otherwise miss the change,
     * depending only on when it read.
     */
    public boolean reaches(Resident r) {
        return sees(r) || districtWide() && !placed(r.registeredAddress()) && !placed(r.currentAddress());
    }

    private static boolean placed(Sourced<Address> address) {
        return address != null && address.value().division() != null;
    }

    private boolean covers(Sourced<Address> address) {
        return address != null && address.value().division() != null && covers(address.value().division().value());
    }

    /** Whether this scope covers a whole county-level district (a prefix of six digits or fewer). */
    public boolean districtWide() {
        return divisionPrefixes.stream().anyMatch(p -> p.length() <= 6);
    }

    /**
     * Whether a record about these communities is in this scope: one of them is covered, or there
     * are none and the scope is district-wide.
     */
    public boolean coversAnyOf(java.util.Collection<String> divisionCodes) {
        return divisionCodes.isEmpty() ? districtWide() : divisionCodes.stream().anyMatch(this::covers);
    }
}
