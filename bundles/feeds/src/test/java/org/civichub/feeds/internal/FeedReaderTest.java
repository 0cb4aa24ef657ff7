package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.civichub.feeds.FeedEvent;
import org.civichub.feeds.FeedPage;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.junit.jupiter.api.Test;

/** A department's feed over an outbox and residents in memory, with the default entitlements. */
class FeedReaderTest {

    private final FeedFixture fixture = new FeedFixture();
    private final FeedService feeds = fixture.feeds;

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
    void aDeathCivilAffairsRecordedReachesTheOthersWithItsOriginButNotCivilAffairsItself() {
        fixture.died("civil", "r1", "350203199003070014");

        for (String department : List.of("police", "health", "labour")) {
            assertThat(feeds.read(department, null, 10, r -> true).items()).as(department).singleElement()
                    .satisfies(e -> assertThat(e.data()).containsEntry("origin", "civil"));
        }
        FeedPage civil = feeds.read("civil", null, 10, r -> true);
        assertThat(civil.items()).as("civil affairs knows already").isEmpty();
        assertThat(civil.next()).as("but reads past it").isEqualTo(feeds.head());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordsFindingsGoBackToItsDepartmentOnly() {
        fixture.finding("police", "350203199003070015", "idNumber:id.checkCharacter", "1.birthDate:date.valid");

        FeedEvent e = feeds.read("police", null, 10, r -> false).items().get(0);

        assertThat(e.type()).isEqualTo("org.civichub.record.finding");
        assertThat(e.data()).containsEntry("kinds", List.of("finding"));
        assertThat((Map<String, Object>) e.data().get("record")).containsEntry("type", "person")
                .containsEntry("key", "350203199003070015").containsEntry("version", "v7");
        assertThat((List<Map<String, String>>) e.data().get("findings")).containsExactly(
                Map.of("field", "idNumber", "rule", "id.checkCharacter"),
                Map.of("field", "1.birthDate", "rule", "date.valid"));
        for (String other : List.of("health", "civil", "labour")) {
            assertThat(feeds.read(other, null, 10, r -> true).items()).as(other).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConflictGoesToEachDepartmentInItWithItsOwnRecordsAndValuesOnly() {
        fixture.conflicting("r1", "civil");

        FeedEvent police = feeds.read("police", null, 10, r -> true).items().get(0);
        FeedEvent civil = feeds.read("civil", null, 10, r -> true).items().get(0);

        assertThat(police.data().get("kinds")).isEqualTo(List.of("finding"));
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) police.data().get("conflicts");
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("field", "status").containsEntry("with", List.of("civil"));
            assertThat(c.get("yours")).isEqualTo(List.of(Map.of("record", "police/person/r1", "value", "0")));
        });
        assertThat(civil.data().get("kinds")).as("caused by its own record, but a conflict it is in")
                .isEqualTo(List.of("finding"));
        assertThat(civil.data().toString()).doesNotContain("police/person/r1");
        assertThat(feeds.read("labour", null, 10, r -> true).items()).as("not in it").isEmpty();
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
        assertThat(fixture.read).as("police reads only the resident of the death; that read serves civil too")
                .containsExactly("r1", "r2");
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
        assertThat(feeds.head()).as("the end of the feed now").isEqualTo(rest.next());
        died("r6", null);
        assertThat(feeds.read("health", feeds.head(), 10, r -> true).items()).isEmpty();
        assertThat(feeds.read("health", rest.next(), 10, r -> true).items()).extracting(FeedEvent::subject)
                .containsExactly("r6");
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

    @Test
    void aReadStopsBeforeARecentEventWhoseResidentIsNotWrittenYetAndPassesAnOldOne() {
        died("r1", null);
        died("r2", null);
        died("r3", null);
        Resident late = fixture.residents.get("r2");
        fixture.withoutResident("r2");
        FeedService justNow = fixture.feedsAt(java.time.Clock.fixed(FeedFixture.AT.plusSeconds(5), java.time.ZoneOffset.UTC));
        FeedService muchLater = fixture.feedsAt(java.time.Clock.fixed(FeedFixture.AT.plusSeconds(3600),
                java.time.ZoneOffset.UTC));

        FeedPage first = justNow.read("health", null, 10, r -> true);
        assertThat(first.items()).extracting(FeedEvent::subject).containsExactly("r1");
        assertThat(muchLater.read("health", null, 10, r -> true).items()).extracting(FeedEvent::subject)
                .as("a leftover of a failed batch is passed").containsExactly("r1", "r3");

        fixture.residents.put("r2", late);
        assertThat(justNow.read("health", first.next(), 10, r -> true).items()).extracting(FeedEvent::subject)
                .containsExactly("r2", "r3");
    }

    @Test
    void anEventWrittenAgainFurtherOnIsDeliveredThereOnlyThoughTheSearchStillShowsItsOldPlace() {
        died("r1", null);
        died("r2", null);
        died("r3", null);
        fixture.writtenAgain(1);

        assertThat(feeds.read("health", null, 10, r -> true).items()).extracting(FeedEvent::subject)
                .containsExactly("r2", "r3", "r1");
    }

    @Test
    void aReadStopsBeforeARecentChangeItsResidentDoesNotShowYet() {
        died("r1", null);
        died("r2", null);
        died("r3", null);
        Resident shown = fixture.residents.get("r2");
        // a batch that wrote its events and stopped before its residents: r2 as it was before
        Resident before = Resident.of("r2", PersonFragment.from(new Provenance("community", "community/x/r2", "v0",
                FeedFixture.AT.minusSeconds(3600))).name("某r2").status(PersonStatus.ACTIVE).build());
        fixture.residents.put("r2", before);
        FeedService justNow = fixture.feedsAt(java.time.Clock.fixed(FeedFixture.AT.plusSeconds(5), java.time.ZoneOffset.UTC));

        FeedPage first = justNow.read("health", null, 10, r -> true);
        assertThat(first.items()).extracting(FeedEvent::subject).as("not the death before it is stored")
                .containsExactly("r1");

        fixture.residents.put("r2", shown);
        assertThat(justNow.read("health", first.next(), 10, r -> true).items()).extracting(FeedEvent::subject)
                .containsExactly("r2", "r3");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resident(FeedEvent e) {
        return (Map<String, Object>) e.data().get("resident");
    }

    private void died(String id, String idNumber) {
        fixture.died(id, idNumber);
    }

    private void add(String id, String idNumber, PersonStatus status, String kind, List<String> fields, Tag... tags) {
        fixture.add(id, idNumber, status, kind, fields, tags);
    }
}
