package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;
import org.civichub.model.PersonStatus;
import org.civichub.model.Resident;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Sourced;
import org.civichub.store.ResidentStore;

/**
 * Keeps households in step with their members: a resident belongs to the household of their
 * household number unless they moved out, their registration was cancelled, or they were merged into
 * another resident (who takes their place).
 *
 * <p>The moves are applied to the households as stored, and applying them again to a household they
 * were already applied to gives the same household (a member is removed or replaced, never added
 * twice; the address follows the head). So when an attempt wrote some households of a batch and
 * failed before its residents, deriving the batch again from the unchanged residents leaves the
 * written households as they are and completes the others, e.g. a member who moves from household
 * A to B when only A was written.
 */
final class HouseholdUpdates {

    private static final Set<PersonStatus> LEFT = Set.of(PersonStatus.MOVED_OUT, PersonStatus.CANCELLED);

    private final ResidentStore store;
    private final Pseudonyms pseudonyms;
    private final List<Move> moves = new ArrayList<>();

    private record Move(String from, Resident resident, String to) {
    }

    HouseholdUpdates(ResidentStore store, Pseudonyms pseudonyms) {
        this.store = store;
        this.pseudonyms = pseudonyms;
    }

    void follow(Resident before, Resident after) {
        String from = before == null ? null : householdNo(before);
        String to = householdNo(after);
        if (from != null || to != null) {
            moves.add(new Move(from, after, to));
        }
    }

    /** The households whose members changed, read from the store and updated. */
    List<Household> changed() {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Move m : moves) {
            if (m.from != null) {
                numbers.put(pseudonyms.householdId(m.from), m.from);
            }
            if (m.to != null) {
                numbers.put(pseudonyms.householdId(m.to), m.to);
            }
        }
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, Household> stored = store.households(numbers.keySet());
        Map<String, Household> current = new LinkedHashMap<>();
        numbers.forEach((id, no) -> current.put(id, stored.getOrDefault(id, Household.empty(id, no))));
        for (Move m : moves) {
            if (m.from != null && !m.from.equals(m.to)) {
                current.computeIfPresent(pseudonyms.householdId(m.from), (k, h) -> h.without(m.resident.id()));
            }
            if (m.to != null) {
                Resident r = m.resident;
                HouseholdMember member = new HouseholdMember(r.id(), value(r.name()), value(r.relationToHead()),
                        r.householdNo().source());
                current.computeIfPresent(pseudonyms.householdId(m.to),
                        (k, h) -> h.withMember(member, r.registeredAddress() == null ? null : r.registeredAddress().value()));
            }
        }
        return current.values().stream().filter(h -> !h.equals(stored.get(h.id()))).toList();
    }

    private static String householdNo(Resident r) {
        if (r.isMerged() || r.householdNo() == null || r.status() != null && LEFT.contains(r.status().value())) {
            return null;
        }
        return r.householdNo().value();
    }

    private static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }
}
