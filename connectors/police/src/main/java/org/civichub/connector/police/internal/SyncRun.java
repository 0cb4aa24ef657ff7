package org.civichub.connector.police.internal;

import java.time.Instant;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;

/**
 * One sync run: asks for page after page from the watermark on. A page's token is only taken once
 * the page is stored, so a retried or failed fetch asks for the same page again.
 */
public final class SyncRun {

    private final String connectorId;
    private final PoliceClient client;
    private final int pageSize;
    private final String since;
    private final Instant startedAt = Instant.now();
    private String token;
    private QueryPage pending;
    private boolean more = true;
    private int records;

    public SyncRun(String connectorId, PoliceClient client, int pageSize, String since) {
        this.connectorId = connectorId;
        this.client = client;
        this.pageSize = pageSize;
        this.since = since;
    }

    public SyncStarted started() {
        return new SyncStarted(connectorId, startedAt);
    }

    public boolean hasMore() {
        return more;
    }

    /** Fetches the next page as a batch for the intake. */
    public IntakeBatch fetchPage() {
        pending = client.queryChanges(since, token, pageSize);
        return new IntakeBatch(connectorId, pending.records(), PageWatermark.after(pending.records(), pending.isLast(),
                pending.clock()));
    }

    /** The intake stored the pending page: move past it. */
    public void pageStored() {
        records += pending.records().size();
        token = pending.nextPageToken();
        more = !pending.isLast();
        pending = null;
    }

    public SyncOutcome succeeded() {
        return new SyncOutcome(connectorId, startedAt, Instant.now(), records, null);
    }

    /** The outcome of a run that stopped on {@code cause}; {@code run} is null if it never started. */
    public static SyncOutcome failed(SyncRun run, String connectorId, Exception cause) {
        String error = cause == null ? "unknown failure" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        Instant started = run == null ? Instant.now() : run.startedAt;
        return new SyncOutcome(connectorId, started, Instant.now(), run == null ? 0 : run.records, error);
    }
}
