package org.civichub.connector.kit;

import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.Watermarks;

/**
 * The incremental sync of one connector instance: on a timer (unless the circuit is open) or when
 * asked, from the stored watermark, page by page, each page handed to {@link Intake#ENDPOINT} and
 * finished by the source only once the hub has stored it. Any failure ends the run, which the next
 * run resumes from the watermark. Of several hub nodes, only the one that may move the watermark
 * ({@link Watermarks#mayRun}) polls and runs; a run on a node that loses it stops after its page in
 * flight, handing over. Route ids and endpoints start with the instance id.
 */
public final class PagedSyncRoutes extends RouteBuilder {

    static final String RUN = "civichubSyncRun";

    private final SyncSettings settings;
    private final PagedSource source;
    private final Watermarks watermarks;
    private final SyncRun.Sleeper sleeper;
    private final Clock clock;
    private final Circuit circuit;

    public PagedSyncRoutes(SyncSettings settings, PagedSource source, Watermarks watermarks) {
        this(settings, source, watermarks, d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
    }

    public PagedSyncRoutes(SyncSettings settings, PagedSource source, Watermarks watermarks, SyncRun.Sleeper sleeper,
                           Clock clock) {
        this.settings = settings;
        this.source = source;
        this.watermarks = watermarks;
        this.sleeper = sleeper;
        this.clock = clock;
        this.circuit = new Circuit(settings, clock);
    }

    /** Whether polls are skipped for now after repeated failures. */
    public boolean circuitOpen() {
        return circuit.isOpen();
    }

    @Override
    public void configure() {
        String id = settings.id();

        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "Sync of " + id + " stopped: ${exception.message}")
                .process(e -> e.getMessage().setBody(failed(e)))
                .to(Intake.SYNC_FINISHED);

        if (!settings.pollInterval().isZero()) {
            from("timer:" + id + "-poll?delay=1000&period=" + settings.pollInterval().toMillis())
                    .routeId(id + "-poll")
                    .filter(e -> circuit.allowsPoll() && watermarks.mayRun(id))
                    .to(settings.syncEndpoint());
        }

        from(settings.syncEndpoint()).routeId(id + "-sync")
                .filter(e -> watermarks.mayRun(id))
                .process(e -> e.setProperty(RUN, new SyncRun(settings, source, watermarks.watermark(id).orElse(null),
                        sleeper, clock)))
                .process(e -> e.getMessage().setBody(run(e).started()))
                .to(Intake.SYNC_STARTED)
                .loopDoWhile(e -> run(e).hasMore() && watermarks.mayRun(id))
                    .process(e -> e.getMessage().setBody(run(e).fetchPage()))
                    .doTry()
                        .to(Intake.ENDPOINT)
                    .doCatch(Exception.class)
                        .log(LoggingLevel.WARN, "Sync of " + id + " stopped: the intake failed: ${exception.message}")
                        .process(e -> e.getMessage().setBody(failed(e)))
                        .to(Intake.SYNC_FINISHED)
                        .stop()
                    .end()
                    .process(e -> run(e).pageStored())
                .end()
                .choice()
                    .when(e -> run(e).hasMore())
                        .log(LoggingLevel.INFO, "Sync of " + id + " handed over: another node holds its lease now")
                        .process(e -> e.getMessage().setBody(run(e).handedOver()))
                    .otherwise()
                        .process(e -> circuit.succeeded())
                        .process(e -> e.getMessage().setBody(run(e).succeeded()))
                .end()
                .to(Intake.SYNC_FINISHED);
    }

    private SyncOutcome failed(Exchange e) {
        circuit.failed();
        return SyncRun.failed(run(e), settings.id(), e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class), clock);
    }

    private static SyncRun run(Exchange e) {
        return e.getProperty(RUN, SyncRun.class);
    }
}
