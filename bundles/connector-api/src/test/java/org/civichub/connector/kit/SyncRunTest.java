package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.Test;

class SyncRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<Object> finished = new ArrayList<>();

    /** Answers scripted results: a page, or an exception to throw. */
    private final class Scripted implements PagedSource {
        final Deque<Object> answers = new ArrayDeque<>();

        @Override
        public SourcePage fetch(String watermark, String cursor) throws Exception {
            calls.add(watermark + "/" + cursor);
            Object a = answers.pop();
            if (a instanceof Exception e) {
                throw e;
            }
            return (SourcePage) a;
        }

        @Override
        public void stored(SourcePage page) {
            finished.add(page.handle());
        }
    }

    private static SourcePage page(String next, String watermark, String handle, int records) {
        List<SourceRecord> rs = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            rs.add(new SourceRecord(new SourceKey("d", "t", handle + i), "v", Instant.EPOCH, Instant.EPOCH, Map.of()));
        }
        return new SourcePage(rs, next, watermark, handle);
    }

    private SyncRun run(Scripted source, int retries) {
        SyncSettings s = new SyncSettings("c-1", Duration.ZERO, retries, Duration.ofMillis(100), Duration.ofSeconds(1),
                3, Duration.ofMinutes(1));
        return new SyncRun(s, source, "w0", waits::add, CLOCK);
    }

    @Test
    void pagesFollowTheirCursorsFromTheRunsWatermarkAndAreFinishedOnlyWhenStored() throws Exception {
        Scripted source = new Scripted();
        source.answers.add(page("p2", null, "a", 2));
        source.answers.add(page(null, "w9", "b", 1));
        SyncRun run = run(source, 0);

        IntakeBatch first = run.fetchPage();
        assertThat(finished).isEmpty();
        run.pageStored();
        IntakeBatch second = run.fetchPage();
        run.pageStored();

        assertThat(calls).containsExactly("w0/null", "w0/p2");
        assertThat(first.connectorId()).isEqualTo("c-1");
        assertThat(first.watermarkAfter()).isNull();
        assertThat(second.watermarkAfter()).isEqualTo("w9");
        assertThat(finished).containsExactly("a", "b");
        assertThat(run.hasMore()).isFalse();
        assertThat(run.succeeded().records()).isEqualTo(3);
    }

    @Test
    void aPageThatWasNotStoredIsAskedForAgain() throws Exception {
        Scripted source = new Scripted();
        source.answers.add(page("p2", null, "a", 1));
        source.answers.add(page("p2", null, "a", 1));
        SyncRun run = run(source, 0);

        run.fetchPage();
        run.fetchPage();

        assertThat(calls).containsExactly("w0/null", "w0/null");
        assertThat(finished).isEmpty();
    }

    @Test
    void retriesWaitTheLongerOfTheSourcesHintAndADoublingDelay() throws Exception {
        Scripted source = new Scripted();
        source.answers.add(new RetryLaterException("busy", null));
        source.answers.add(new RetryLaterException("429", Duration.ofSeconds(3)));
        source.answers.add(new RetryLaterException("busy", null));
        source.answers.add(page(null, "w1", "a", 1));
        SyncRun run = run(source, 3);

        run.fetchPage();

        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofMillis(400));
        assertThat(run.retried()).isEqualTo(3);
    }

    @Test
    void theRunGivesUpAfterItsRetriesOrWhenTheSourceAsksForTooLong() {
        Scripted twice = new Scripted();
        twice.answers.add(new RetryLaterException("busy", null));
        twice.answers.add(new RetryLaterException("still busy", null));
        assertThatThrownBy(() -> run(twice, 1).fetchPage()).hasMessage("still busy");
        assertThat(waits).hasSize(1);

        Scripted longHint = new Scripted();
        longHint.answers.add(new RetryLaterException("come back tomorrow", Duration.ofHours(24)));
        assertThatThrownBy(() -> run(longHint, 5).fetchPage()).hasMessage("come back tomorrow");
        assertThat(waits).hasSize(1);
    }

    @Test
    void aFailedRunReportsWhyAndWhatItStored() {
        SyncRun run = run(new Scripted(), 0);
        var outcome = SyncRun.failed(run, "c-1", new IllegalStateException("down"), CLOCK);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.error()).isEqualTo("IllegalStateException: down");
        assertThat(SyncRun.failed(null, "c-1", null, CLOCK).error()).isEqualTo("unknown failure");
    }
}
