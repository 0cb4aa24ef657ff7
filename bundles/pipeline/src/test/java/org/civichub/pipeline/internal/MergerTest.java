package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.Household;
import org.civichub.model.PersonStatus;
import org.civichub.model.Resident;
import org.civichub.model.Violation;
import org.civichub.store.ResidentStore;
import org.junit.jupiter.api.Test;

class MergerTest {

    private final Map<String, Resident> residents = new HashMap<>();
    private final Map<String, Household> households = new HashMap<>();
    private final ResidentStore store = new ResidentStore() {
        @Override
        public Map<String, Resident> residents(Collection<String> ids) {
            Map<String, Resident> m = new HashMap<>();
            ids.stream().filter(residents::containsKey).forEach(id -> m.put(id, residents.get(id)));
            return m;
        }

        @Override
        public Map<String, Household> households(Collection<String> ids) {
            Map<String, Household> m = new HashMap<>();
            ids.stream().filter(households::containsKey).forEach(id -> m.put(id, households.get(id)));
            return m;
        }
    };
    private final Merger merger = new Merger(store, Fragments.PSEUDONYMS, Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));

    private MergedBatch merge(Normalized... records) {
        MergedBatch mb = merger.merge(new NormalizedBatch("police-default", List.of(records), "w"));
        mb.batch().residents().forEach(r -> residents.put(r.id(), r));
        mb.batch().households().forEach(h -> households.put(h.id(), h));
        return mb;
    }

    @Test
    void newPersonsBecomeResidentsWithAHouseholdAndACreatedEvent() {
        MergedBatch mb = merge(
                Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE),
                Fragments.valid(Fragments.LI, "李强", "H1", "20", "2024-01-01T00:00:01Z", PersonStatus.ACTIVE));

        assertThat(mb.batch().residents()).hasSize(2);
        assertThat(mb.batch().households()).singleElement().satisfies(h -> {
            assertThat(h.householdNo()).isEqualTo("H1");
            assertThat(h.members()).extracting(m -> m.name()).containsExactly("王芳", "李强");
        });
        assertThat(mb.batch().changes()).extracting(c -> c.kind()).containsOnly("created");
        assertThat(mb.records()).isEqualTo(2);
    }

    @Test
    void readingTheSameRecordsAgainWritesNothing() {
        Normalized wang = Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE);
        merge(wang);

        MergedBatch again = merge(wang);

        assertThat(again.batch().residents()).isEmpty();
        assertThat(again.batch().households()).isEmpty();
        assertThat(again.batch().changes()).isEmpty();
        assertThat(again.batch().size()).isZero();
    }

    @Test
    void anOlderVersionReadAfterANewerOneChangesNothing() {
        merge(Fragments.valid(Fragments.WANG, "王芳芳", "H1", "02", "2024-02-01T00:00:00Z", PersonStatus.ACTIVE));

        MergedBatch older = merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z",
                PersonStatus.ACTIVE));

        assertThat(older.batch().changes()).isEmpty();
        assertThat(older.batch().residents()).singleElement().satisfies(r -> assertThat(r.sources()).hasSize(2));
        assertThat(residents.values()).singleElement().satisfies(r -> assertThat(r.name().value()).isEqualTo("王芳芳"));
    }

    @Test
    void movingOutRemovesTheResidentFromTheHousehold() {
        merge(Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z", PersonStatus.ACTIVE),
                Fragments.valid(Fragments.LI, "李强", "H1", "20", "2024-01-01T00:00:01Z", PersonStatus.ACTIVE));

        MergedBatch moved = merge(Fragments.valid(Fragments.LI, "李强", "H1", "20", "2024-03-01T00:00:00Z",
                PersonStatus.MOVED_OUT));

        assertThat(moved.batch().changes()).singleElement().satisfies(c -> assertThat(c.changedFields())
                .containsExactly("status"));
        assertThat(moved.batch().households()).singleElement().satisfies(h ->
                assertThat(h.members()).extracting(m -> m.name()).containsExactly("王芳"));
    }

    @Test
    void invalidRecordsAreQuarantinedAndTheRestFlows() {
        var bad = Normalized.held(Fragments.record(Fragments.LI, "2024-01-01T00:00:00Z", Map.of()),
                List.of(new Violation("GMSFHM", "id.checkCharacter", "x", "bad")));

        MergedBatch mb = merge(bad, Fragments.valid(Fragments.WANG, "王芳", "H1", "02", "2024-01-01T00:00:00Z",
                PersonStatus.ACTIVE));

        assertThat(mb.batch().quarantine()).singleElement().satisfies(q ->
                assertThat(q.violations()).extracting(Violation::rule).containsExactly("id.checkCharacter"));
        assertThat(mb.batch().residents()).hasSize(1);
    }
}
