package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civichub.model.Household;
import org.civichub.model.PersonFragment;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.store.ResidentStore;
import org.junit.jupiter.api.Test;

class RecentResidentsTest {

    private static final Instant AT = Instant.parse("2024-05-01T00:00:00Z");

    private final Store store = new Store();
    private final MutableClock clock = new MutableClock();
    private final RecentResidents recent = new RecentResidents(store, clock);

    @Test
    void aResidentReadForOneDepartmentServesTheNextForTheSameEventsWithoutAReadOfTheStore() {
        Map<String, Resident> first = recent.residents(Map.of("r1", 4L, "r2", 9L), 10);
        Map<String, Resident> second = recent.residents(Map.of("r1", 4L, "r2", 9L), 10);

        assertThat(second).isEqualTo(first).containsOnlyKeys("r1", "r2");
        assertThat(store.asked).containsExactly(List.of("r1", "r2"));
    }

    @Test
    void aLaterEventAboutTheResidentIsServedByANewReadNeverByTheOlderOne() {
        recent.residents(Map.of("r1", 4L), 10);
        store.name = "李四";

        Map<String, Resident> later = recent.residents(Map.of("r1", 12L), 20);

        assertThat(later.get("r1").name().value()).isEqualTo("李四");
        assertThat(store.asked).hasSize(2);
        assertThat(recent.residents(Map.of("r1", 20L), 20).get("r1").name().value()).isEqualTo("李四");
        assertThat(store.asked).as("the new read serves events up to 20").hasSize(2);
    }

    @Test
    void aReadServesOnlyForAFewSeconds() {
        recent.residents(Map.of("r1", 4L), 10);
        clock.now = clock.now.plus(RecentResidents.KEPT);

        recent.residents(Map.of("r1", 4L), 10);

        assertThat(store.asked).hasSize(2);
    }

    @Test
    void aResidentNotStoredIsAskedForAgain() {
        store.missing = true;
        assertThat(recent.residents(Map.of("r1", 4L), 10)).isEmpty();
        store.missing = false;

        assertThat(recent.residents(Map.of("r1", 4L), 10)).containsOnlyKeys("r1");
        assertThat(store.asked).hasSize(2);
    }

    private static final class Store implements ResidentStore {
        final List<List<String>> asked = new ArrayList<>();
        String name = "张三";
        boolean missing;

        @Override
        public Map<String, Resident> residents(Collection<String> ids) {
            asked.add(ids.stream().sorted().toList());
            if (missing) {
                return Map.of();
            }
            Provenance p = new Provenance("police", "police/person/1", "v1", AT);
            return ids.stream().collect(Collectors.toMap(id -> id,
                    id -> Resident.of(id, PersonFragment.from(p).name(name).build())));
        }

        @Override
        public Map<String, Household> households(Collection<String> ids) {
            return Map.of();
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = AT;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
