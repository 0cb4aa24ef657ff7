package org.civichub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.civichub.resolver.Decision;
import org.civichub.resolver.Identity;
import org.civichub.resolver.MatchModel;
import org.civichub.resolver.Prepared;
import org.junit.jupiter.api.Test;

class ResolverIdentitiesTest {

    private static final int PERSONS = 2_000;
    private final MatchModel model = MatchModel.defaults();

    @Test
    void theSameSeedGivesTheSameIdentities() {
        ResolverIdentities a = new ResolverIdentities(7);
        ResolverIdentities b = new ResolverIdentities(7);
        for (int i = 0; i < 100; i++) {
            Identity person = a.person();
            assertEquals(person, b.person());
            assertEquals(a.messedCopy(person), b.messedCopy(person));
        }
    }

    @Test
    void copiesAreBlockedWithTheirPersonAndNearlyAllLink() {
        ResolverIdentities generator = new ResolverIdentities(ResolverBench.SEED);
        int links = 0;
        int writtenIds = 0;
        for (int i = 0; i < PERSONS; i++) {
            Identity person = generator.person();
            Identity copy = generator.messedCopy(person);
            assertNotNull(person.idNumber(), person.toString());
            if (copy.idNumber() == null) {
                writtenIds++;
            }
            Prepared a = Prepared.of(person);
            Prepared b = Prepared.of(copy);
            Set<String> shared = new HashSet<>(model.keys(a));
            shared.retainAll(model.keys(b));
            assertFalse(shared.isEmpty(), () -> person + " and " + copy + " share no blocking key");
            if (model.score(a, b).decision() == Decision.LINK) {
                links++;
            }
        }
        assertTrue(writtenIds > 0 && writtenIds < PERSONS / 20, "copies with a wrong check character: " + writtenIds);
        assertTrue(links >= PERSONS * 98 / 100, "linked copies: " + links + " of " + PERSONS);
    }

    @Test
    void unrelatedPairsOfTheBenchmarkDoNotLink() {
        ResolverBench bench = new ResolverBench();
        bench.generate();
        for (int i = 0; i < PERSONS; i++) {
            assertEquals(Decision.NEW, bench.scoreRandomPair().decision());
        }
        for (int i = 0; i < 100; i++) {
            assertNotNull(bench.prepare());
            assertNotNull(bench.scoreBlockedPair());
            assertFalse(bench.keys().isEmpty());
        }
    }
}
