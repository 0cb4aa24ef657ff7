package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.feeds.Entitlements;
import org.civichub.feeds.FeedEvent;
import org.civichub.feeds.FeedPage;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Household;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.store.Outbox;
import org.civichub.store.ResidentStore;
import org.junit.jupiter.api.Test;

/** A department's feed over an outbox and residents in memory, with the default entitlements. */
class FeedReaderTest {

    private static final Instant AT = Instant.parse("2024-05-01T00:00:00Z");

    private final List<Outbox.Entry> outbox = new ArrayList<>();
    private final Map<String, Resident> residents = new HashMap<>();
    private final FeedService feeds = new FeedService(this::after, new Residents(), Entitlements.defaults());

    private List<Outbox.Entry> after(long after, int size) {
        return outbox.stream().filter(e -> e.sequence() > after).limit(size).toList();
    }

    @Test
    void aDeathReachesEveryDepartmentEntitledToItWithOnlyItsEntitledFields() {
        died("r1", "350203199003070014");

        FeedEvent police = feeds.read("police", null, 10, r -> true).items().get(0);
        FeedEvent labour = feeds.read("labour", null, 10, r -> true).items().get(0);

        assertThat(police.specversion()).isEqualTo("1.0");
        assertThat(police.subject()).isEqualTo("r1");
        assertThat(police.type()).isEqualTo("org.civichub.resident.updated");
        assertThat(police.data()).containsEntry("kinds", List.of("death"));
        assertThat(resident(police)).containsKeys("idNumber", "name", "birthDate", "status", "registeredAddress");
        assertThat(resident(labour)).containsOnlyKeys("idNumber", "name", "status");
        assertThat(labour.data().get("changed")).isEqualTo(List.of("status"));
        assertThat(labour.id()).isEqualTo(police.id()).as("one event id in every feed");
    }

    @Test
    void aChangeADepartmentIsNotEntitledToIsNotInItsFeedButItsCursorMovesPastIt() {
        died("r1", "350203199003070014");
        add("r2", "11010519491231002X", PersonStatus.ACTIVE, "updated", List.of("tags", "tags.disability"),
                Tag.active(TagKind.DISABILITY, "肢体"));

        FeedPage police = feeds.read("police", null, 10, r -> true);
        FeedPage civil = feeds.read("civil", null, 10, r -> true);

        assertThat(police.items()).extracting(FeedEvent::subject).containsExactly("r1");
        assertThat(civil.items()).extracting(FeedEvent::subject).containsExactly("r1", "r2");
        assertThat(feeds.read("police", police.next(), 10, r -> true).items()).isEmpty();
        assertThat(police.next()).isEqualTo(civil.next());
    }

    @Test
    void aFeedIsOrderedAndReplayableFromAnyCursorItGave() {
        for (int i = 1; i <= 5; i++) {
            died("r" + i, null);
        }

        FeedPage first = feeds.read("health", null, 2, r -> true);
        FeedPage second = feeds.read("health", first.next(), 2, r -> true);
        FeedPage again = feeds.read("health", first.next(), 2, r -> true);
        FeedPage rest = feeds.read("health", second.next(), 10, r -> true);

        assertThat(first.items()).extracting(FeedEvent::subject).containsExactly("r1", "r2");
        assertThat(second.items()).extracting(FeedEvent::subject).containsExactly("r3", "r4");
        assertThat(again).isEqualTo(second);
        assertThat(rest.items()).extracting(FeedEvent::subject).containsExactly("r5");
        assertThat(feeds.read("health", rest.next(), 10, r -> true).next()).as("nothing new: same place")
                .isEqualTo(rest.next());
    }

    @Test
    void residentsOutsideTheClientsScopeAreLeftOutAndForeignCursorsAndDepartmentsRefused() {
        died("r1", null);
        died("r2", null);

        assertThat(feeds.read("police", null, 10, r -> r.id().equals("r2")).items()).extracting(FeedEvent::subject)
                .containsExactly("r2");
        assertThatThrownBy(() -> feeds.read("police", "bm90LW91cnM", 10, r -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a cursor");
        assertThatThrownBy(() -> feeds.read("tax", null, 10, r -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no entitlements");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resident(FeedEvent e) {
        return (Map<String, Object>) e.data().get("resident");
    }

    private void died(String id, String idNumber) {
        add(id, idNumber, PersonStatus.DECEASED, "updated", List.of("status"));
    }

    private void add(String id, String idNumber, PersonStatus status, String kind, List<String> fields, Tag... tags) {
        Provenance p = new Provenance("civil", "civil/x/" + id, "v1", AT);
        PersonFragment.Builder b = PersonFragment.from(p).name("某" + id).status(status)
                .birthDate(java.time.LocalDate.of(1990, 3, 7))
                .registeredAddress(org.civichub.model.Address.parse(null, "思明区大同路1号"));
        if (idNumber != null) {
            b.idNumber(IdNumber.parse(idNumber));
        }
        for (Tag t : tags) {
            b.tag(t);
        }
        residents.put(id, Resident.of(id, b.build()));
        outbox.add(new Outbox.Entry(outbox.size() + 1, new ChangeEvent(null, "resident", id, kind, fields, p, AT,
                fields.contains("status") ? status.code() : null)));
    }

    private final class Residents implements ResidentStore {
        @Override
        public Map<String, Resident> residents(Collection<String> ids) {
            Map<String, Resident> out = new HashMap<>();
            ids.stream().filter(residents::containsKey).forEach(i -> out.put(i, residents.get(i)));
            return out;
        }

        @Override
        public Map<String, Household> households(Collection<String> ids) {
            return Map.of();
        }
    }
}
