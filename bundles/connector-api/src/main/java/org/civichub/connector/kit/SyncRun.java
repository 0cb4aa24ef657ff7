package org.civichub.connector.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;

/**
 * One sync run of a {@link PagedSource}: page after page from the watermark the run started at.
 * A page's cursor is only taken once the page is stored, so a retried or failed fetch asks for the
 * same page again. A fetch the source asks to retry later is retried after a growing delay (or the
 * source's own hint, when longer) up to {@link SyncSettings#retries()} times.
 */
public final class SyncRun {

    /** Waits; tests pass one that only records. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** The longest hint a run waits for; a source asking for longer ends the run. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final SyncSettings settings;
    private final PagedSource source;
    private final String watermark;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Instant startedAt;
    private String cursor;
    private SourcePage pending;
    private boolean more = true;
    private int records;
    private int retried;

    public SyncRun(SyncSettings settings, PagedSource source, String watermark, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.source = source;
        this.watermark = watermark;
        this.sleeper = sleeper;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public SyncStarted started() {
        return new SyncStarted(settings.id(), startedAt);
    }

    public boolean hasMore() {
        return more;
    }

    /** How many fetches were retried in this run. */
    public int retried() {
        return retried;
    }

    /** Fetches the next page as a batch for the intake, retrying as the source asks. */
    public IntakeBatch fetchPage() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                pending = source.fetch(watermark, cursor);
                return new IntakeBatch(settings.id(), pending.records(), pending.watermarkAfter());
            } catch (RetryLaterException e) {
                Duration wait = settings.delay(attempt, e.hint().orElse(null));
                if (attempt > settings.retries() || wait.compareTo(LONGEST_WAIT) > 0) {
                    throw e;
                }
                retried++;
                sleeper.sleep(wait);
            }
        }
    }

    /** The intake stored the pending page: let the source finish it, and move past it. */
    public void pageStored() throws Exception {
        source.stored(pending);
        records += pending.records().size();
        cursor = pending.nextCursor();
        more = !pending.isLast();
        pending = null;
    }

    public SyncOutcome succeeded() {
        return new SyncOutcome(settings.id(), startedAt, clock.instant(), records, null);
    }

    /** The outcome of a run stopped because another node now holds the connector's lease. */
    public SyncOutcome handedOver() {
        return new SyncOutcome(settings.id(), startedAt, clock.instant(), records, null, true);
    }

    /** The outcome of a run that stopped on {@code cause}; {@code run} is null if it never started. */
    public static SyncOutcome failed(SyncRun run, String connectorId, Exception cause, Clock clock) {
        String error = cause == null ? "unknown failure" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        Instant started = run == null ? clock.instant() : run.startedAt;
        return new SyncOutcome(connectorId, started, clock.instant(), run == null ? 0 : run.records, error);
    }
}
