package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civichub.feeds.ChannelStatus;
import org.civichub.feeds.FeedEvent;
import org.civichub.model.PersonStatus;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.store.Deliveries;
import org.civichub.store.Scope;
import org.junit.jupiter.api.Test;

/** Pushing a department's feed through a channel that can be down, with receipts in memory. */
class DispatcherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final FeedFixture fixture = new FeedFixture();
    private final MemoryDeliveries receipts = new MemoryDeliveries();
    private final Department civil = new Department();

    private Dispatcher dispatcher() {
        return new Dispatcher("civil", fixture.feeds, receipts, civil, new Scope(Set.of("350203")), CLOCK);
    }

    @Test
    void everyEntitledEventIsDeliveredInOrderOnceWithItsReceipt() {
        fixture.died("r1", null);
        fixture.add("r2", null, PersonStatus.ACTIVE, "updated", List.of("currentAddress"));
        fixture.died("r3", null);
        Dispatcher d = dispatcher();

        assertThat(d.round(INTERVAL)).isEqualTo(INTERVAL);
        d.round(INTERVAL);

        assertThat(civil.received).extracting(FeedEvent::subject).containsExactly("r1", "r3")
                .as("a move is not civil affairs' to hear of");
        assertThat(receipts.receipt("civil", civil.received.get(1).id())).hasValueSatisfying(r -> {
            assertThat(r.sequence()).isEqualTo(3);
            assertThat(r.acknowledgedAt()).isEqualTo(CLOCK.instant());
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(d.status()).satisfies(s -> {
            assertThat(s.state()).isEqualTo(ChannelStatus.UP);
            assertThat(s.delivered()).isEqualTo(2);
            assertThat(s.position()).isEqualTo(3);
        });
    }

    @Test
    void aDepartmentThatIsDownLosesNothingTheChannelDegradesHoldsItsPlaceAndCatchesUpInOrder() {
        fixture.died("r1", null);
        Dispatcher d = dispatcher();
        d.round(INTERVAL);
        civil.down = true;
        fixture.died("r2", null);
        fixture.add("r3", null, PersonStatus.ACTIVE, "updated", List.of("tags", "tags.disability"),
                Tag.active(TagKind.DISABILITY, "肢体"));

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waits.add(d.round(INTERVAL));
        }
        assertThat(waits).isSorted().as("backing off").last().isNotEqualTo(INTERVAL);
        assertThat(d.status().state()).isEqualTo(ChannelStatus.DEGRADED);
        assertThat(d.status().lastError()).contains("down");
        assertThat(d.status().position()).isEqualTo(1);

        civil.down = false;
        d.round(INTERVAL);

        assertThat(civil.received).extracting(FeedEvent::subject).containsExactly("r1", "r2", "r3");
        assertThat(d.status().state()).isEqualTo(ChannelStatus.UP);
        assertThat(receipts.receipt("civil", civil.received.get(1).id())).hasValueSatisfying(r ->
                assertThat(r.attempts()).as("four failed, then delivered").isEqualTo(5));
    }

    @Test
    void aLongStretchOfEventsForOthersIsPassedAndTheNextEventForTheDepartmentDelivered() {
        int others = FeedReader.MAX_SCANS * FeedReader.SCAN + 1;
        for (int i = 0; i < others; i++) {
            fixture.add("m" + i, null, PersonStatus.ACTIVE, "updated", List.of("currentAddress"));
        }
        fixture.died("r1", null);
        Dispatcher d = dispatcher();

        for (int round = 0; round < 3 && civil.received.isEmpty(); round++) {
            d.round(INTERVAL);
        }

        assertThat(civil.received).extracting(FeedEvent::subject).containsExactly("r1");
        assertThat(d.status().position()).isEqualTo(others + 1);
    }

    @Test
    void aNodeWithoutTheChannelsLeasePushesNothingAndReadsItsPlaceAgainWhenItHasItBack() {
        fixture.died("r1", null);
        Dispatcher here = dispatcher();
        Dispatcher other = dispatcher();

        assertThat(here.round(INTERVAL, () -> false)).isEqualTo(INTERVAL);
        assertThat(civil.received).isEmpty();

        here.round(INTERVAL, () -> true);
        fixture.died("r2", null);
        other.round(INTERVAL, () -> true);
        fixture.died("r3", null);
        here.round(INTERVAL, () -> false);
        assertThat(here.status().state()).isEqualTo(ChannelStatus.STANDBY);
        assertThat(here.status().position()).as("as the receipts of the other node show")
                .isEqualTo(other.status().position());
        assertThat(here.status().delivered()).isEqualTo(2);
        here.round(INTERVAL, () -> true);
        assertThat(here.status().state()).isEqualTo(ChannelStatus.UP);

        assertThat(civil.received).extracting(FeedEvent::subject).as("each once, in order, across the two nodes")
                .containsExactly("r1", "r2", "r3");
    }

    @Test
    void aNodeThatLosesTheLeaseInThePageStopsBeforeTheNextEventAndTheOtherReadsOnAfterItsReceipts() {
        for (int i = 1; i <= 5; i++) {
            fixture.died("r" + i, null);
        }
        int[] asked = {0};
        // the round's check, the page's check, then the first event: the lease is gone before the second
        dispatcher().round(INTERVAL, () -> ++asked[0] <= 3);
        assertThat(civil.received).extracting(FeedEvent::subject).containsExactly("r1");

        dispatcher().round(INTERVAL, () -> true);

        assertThat(civil.received).extracting(FeedEvent::subject).as("once each, in order")
                .containsExactly("r1", "r2", "r3", "r4", "r5");
    }

    @Test
    void aChannelStartedAgainReadsOnAfterItsLastReceiptAndARepeatCarriesTheSameId() {
        fixture.died("r1", null);
        dispatcher().round(INTERVAL);
        fixture.died("r2", null);

        dispatcher().round(INTERVAL);

        assertThat(civil.received).extracting(FeedEvent::subject).containsExactly("r1", "r2");
        civil.failAfterTaking = true;
        fixture.died("r3", null);
        Dispatcher d = dispatcher();
        d.round(INTERVAL);
        civil.failAfterTaking = false;
        d.round(INTERVAL);
        assertThat(civil.received).extracting(FeedEvent::id).hasSize(4).element(3)
                .isEqualTo(civil.received.get(2).id());
    }

    @Test
    void aDeliveryFailingInThePageKeepsTheReceiptsOfTheEventsBeforeItAndTheNextRoundStartsThere() {
        fixture.died("r1", null);
        fixture.died("r2", null);
        fixture.died("r3", null);
        civil.refuse = "r2";
        Dispatcher d = dispatcher();

        d.round(INTERVAL);

        assertThat(civil.received).extracting(FeedEvent::subject).containsExactly("r1");
        assertThat(receipts.receipts).hasSize(1);
        assertThat(d.status()).satisfies(s -> {
            assertThat(s.position()).isEqualTo(1);
            assertThat(s.delivered()).isEqualTo(1);
            assertThat(s.failures()).isEqualTo(1);
        });

        civil.refuse = null;
        d.round(INTERVAL);

        assertThat(civil.received).extracting(FeedEvent::subject).containsExactly("r1", "r2", "r3");
        assertThat(receipts.receipt("civil", civil.received.get(1).id())).hasValueSatisfying(r ->
                assertThat(r.attempts()).as("refused once, then delivered").isEqualTo(2));
        assertThat(d.status().position()).isEqualTo(3);
    }

    /** A department's system: takes events, or is down, or refuses one, or takes one and fails to answer. */
    private static final class Department implements Channel {
        final List<FeedEvent> received = new ArrayList<>();
        boolean down;
        boolean failAfterTaking;
        String refuse;

        @Override
        public String transport() {
            return "test";
        }

        @Override
        public void deliver(FeedEvent event) throws IOException {
            if (down) {
                throw new IOException("the department is down");
            }
            if (event.subject().equals(refuse)) {
                throw new IOException("the department refused " + refuse);
            }
            received.add(event);
            if (failAfterTaking) {
                throw new IOException("the answer was lost");
            }
        }
    }

    private static final class MemoryDeliveries implements Deliveries {
        final Map<String, Receipt> receipts = new HashMap<>();

        @Override
        public void record(List<Receipt> rs) {
            rs.forEach(r -> receipts.put(r.department() + ":" + r.eventId(), r));
        }

        @Override
        public Optional<Receipt> receipt(String department, String eventId) {
            return Optional.ofNullable(receipts.get(department + ":" + eventId));
        }

        @Override
        public long lastSequence(String department) {
            return receipts.values().stream().filter(r -> r.department().equals(department))
                    .mapToLong(Receipt::sequence).max().orElse(0);
        }

        @Override
        public long count(String department) {
            return receipts.values().stream().filter(r -> r.department().equals(department)).count();
        }
    }
}
