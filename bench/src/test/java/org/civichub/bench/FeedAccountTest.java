package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedAccountTest {

    /** The feed a..e at sequences 10, 20, 30, 40, 50. */
    private static final List<String> FEED = List.of("a", "b", "c", "d", "e");

    @Test
    void everyEventOnceInOrderIsClean() {
        assertThat(FeedAccount.of(FEED, arrived("a10", "b20", "c30", "d40", "e50")))
                .isEqualTo(new FeedAccount(5, 0, 0, 0, 0, 0));
    }

    @Test
    void aRestartsRedeliveryIsRepeatsAndLateCopies() {
        assertThat(FeedAccount.of(FEED, arrived("a10", "b20", "c30", "b20", "c30", "d40", "e50")))
                .isEqualTo(new FeedAccount(5, 0, 0, 2, 2, 0));
    }

    @Test
    void aStrayCopyProcessedAfterLaterEventsIsLateNotOutOfOrder() {
        // b was retried after a timeout; the department's system processed the given-up request last
        FeedAccount a = FeedAccount.of(FEED, arrived("a10", "b20", "c30", "d40", "b20", "e50"));
        assertThat(a).isEqualTo(new FeedAccount(5, 0, 0, 1, 1, 0));
    }

    @Test
    void anEventThatCameOnlyAfterALaterOneIsOutOfOrder() {
        FeedAccount a = FeedAccount.of(FEED, arrived("a10", "c30", "b20", "d40", "e50"));
        assertThat(a.outOfOrder()).isEqualTo(1);
        assertThat(a.late()).isEqualTo(1);
        assertThat(a.missing()).isZero();
        assertThat(FeedAccount.firstOutOfOrder(FEED, arrived("a10", "c30", "b20", "d40", "e50")))
                .contains("b (feed place 1) came only as late copies");
    }

    @Test
    void withoutSequencesTheLastArrivalIsJudged() {
        FeedAccount a = FeedAccount.of(FEED, arrived("a", "c", "b", "d", "e"));
        assertThat(a.outOfOrder()).isEqualTo(1);
        assertThat(a.late()).isZero();
        assertThat(FeedAccount.firstOutOfOrder(FEED, arrived("a", "c", "b", "d", "e")))
                .contains("b (feed place 1, arrival applied 2) after c (feed place 2)");
    }

    @Test
    void anEventNeverReceivedIsMissing() {
        assertThat(FeedAccount.of(FEED, arrived("a10", "c30", "d40", "e50")).missing()).isEqualTo(1);
    }

    @Test
    void anEventWrittenAgainMayHaveComeEarlierIfItComesAgainInItsPlace() {
        // c was first written at 5, then written again at 30 (its batch done again)
        assertThat(FeedAccount.of(FEED, arrived("c5", "a10", "b20", "c30", "d40", "e50")))
                .isEqualTo(new FeedAccount(5, 0, 0, 1, 0, 0));
        assertThat(FeedAccount.of(FEED, arrived("c5", "a10", "b20", "d40", "e50")).outOfOrder())
                .as("a and b last came after c, which the feed holds after them").isEqualTo(2);
    }

    @Test
    void anArrivalTheFeedDoesNotHoldIsExtra() {
        assertThat(FeedAccount.of(List.of("a"), arrived("a10", "file:x.json")).extra()).isEqualTo(1);
    }

    @Test
    void printsItsLine() {
        assertThat(new FeedAccount(3, 1, 2, 4, 6, 5).line("civil"))
                .isEqualTo("feed civil events=3 missing=1 out_of_order=2 repeats=4 late=6 extra=5");
    }

    @Test
    void noneOutOfOrderIsNamedWhenAllCameInOrder() {
        assertThat(FeedAccount.firstOutOfOrder(FEED, arrived("a10", "b20", "c30", "b20", "d40", "e50"))).isEmpty();
    }

    /** Deliveries written as id and sequence ({@code "b20"}); no digits: the sequence is unknown. */
    private static List<FeedAccount.Delivery> arrived(String... deliveries) {
        return Arrays.stream(deliveries).map(d -> {
            String digits = d.replaceAll("^\\D+", "");
            return new FeedAccount.Delivery(d.substring(0, d.length() - digits.length()),
                    digits.isEmpty() ? -1 : Long.parseLong(digits));
        }).toList();
    }
}
