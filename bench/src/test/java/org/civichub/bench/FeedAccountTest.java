package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedAccountTest {

    @Test
    void everyEventOnceInOrderIsClean() {
        assertThat(FeedAccount.of(List.of("a", "b", "c"), List.of("a", "b", "c")))
                .isEqualTo(new FeedAccount(3, 0, 0, 0, 0));
    }

    @Test
    void repeatsAreAllowedAndCountedApart() {
        assertThat(FeedAccount.of(List.of("a", "b", "c"), List.of("a", "b", "a", "b", "c", "c")))
                .isEqualTo(new FeedAccount(3, 0, 0, 3, 0));
    }

    @Test
    void anEventNeverReceivedIsMissing() {
        assertThat(FeedAccount.of(List.of("a", "b", "c"), List.of("a", "c")).missing()).isEqualTo(1);
    }

    @Test
    void anArrivalBeforeAnEarlierEventIsOutOfOrder() {
        FeedAccount a = FeedAccount.of(List.of("a", "b", "c", "d"), List.of("a", "c", "b", "d"));
        assertThat(a.outOfOrder()).isEqualTo(1);
        assertThat(a.missing()).isZero();
    }

    @Test
    void anEventWrittenAgainMayHaveComeEarlierIfItComesAgainInItsPlace() {
        assertThat(FeedAccount.of(List.of("a", "b", "c", "d"), List.of("c", "a", "b", "c", "d")))
                .isEqualTo(new FeedAccount(4, 0, 0, 1, 0));
        assertThat(FeedAccount.of(List.of("a", "b", "c", "d"), List.of("a", "c", "b", "d", "b")).outOfOrder())
                .as("b last came after d").isEqualTo(1);
    }

    @Test
    void anEventTheFeedHoldsTwiceIsJudgedAtItsLastPlace() {
        assertThat(FeedAccount.of(List.of("a", "b", "a", "c"), List.of("a", "b", "a", "c")))
                .isEqualTo(new FeedAccount(3, 0, 0, 1, 0));
    }

    @Test
    void anArrivalTheFeedDoesNotHoldIsExtra() {
        assertThat(FeedAccount.of(List.of("a"), List.of("a", "file:x.json")).extra()).isEqualTo(1);
    }

    @Test
    void printsItsLine() {
        assertThat(new FeedAccount(3, 1, 2, 4, 5).line("civil"))
                .isEqualTo("feed civil events=3 missing=1 out_of_order=2 repeats=4 extra=5");
    }

    @Test
    void theFirstArrivalOutOfOrderIsNamedWithTheEventItCameAfter() {
        assertThat(FeedAccount.firstOutOfOrder(List.of("a", "b", "c", "d"), List.of("a", "c", "c", "b", "d")))
                .contains("b (feed place 1, arrival 3) after c (feed place 2)");
        assertThat(FeedAccount.firstOutOfOrder(List.of("a", "b", "c"), List.of("c", "a", "b", "c"))).isEmpty();
        assertThat(FeedAccount.firstOutOfOrder(List.of("a", "b"), List.of("a", "a", "b"))).isEmpty();
    }
}
