package org.civichub.connector.api;

/**
 * The endpoints connectors send to. They are stage boundaries of the data path: in-process today,
 * a durable broker can take their place by configuration.
 */
public final class Intake {

    /**
     * Takes an {@link IntakeBatch} (request-reply) and answers an {@link IntakeResult} once every
     * record is durably stored, indexed or quarantined, and the watermark is advanced. Fails when
     * anything could not be stored; the connector then stops and re-reads from its watermark later.
     */
    public static final String ENDPOINT = "direct:civichub-intake";

    /**
     * Takes a {@link SyncStarted} when a sync run begins, before its first page is fetched, so the
     * hub can show the run's progress from its start. Every run that sends this also ends with
     * {@link #SYNC_FINISHED}.
     */
    public static final String SYNC_STARTED = "direct:civichub-sync-started";

    /** Takes a {@link SyncOutcome} at the end of every sync run, successful or not. */
    public static final String SYNC_FINISHED = "direct:civichub-sync-finished";

    private Intake() {
    }
}
