package org.civichub.connector.police;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.Watermarks;
import org.civichub.connector.police.internal.PoliceClient;
import org.civichub.connector.police.internal.ServiceBusyException;
import org.civichub.connector.police.internal.SyncRun;

/**
 * Syncs the police register: from the watermark, page by page, each page handed to
 * {@link Intake#ENDPOINT} before the next is asked for. {@code SERVICE_BUSY} is retried with
 * exponential backoff; any failure ends the run, which the next run resumes from the watermark.
 */
public final class PoliceRoutes extends RouteBuilder {

    static final String RUN = "civichubSyncRun";

    private final PoliceSettings settings;
    private final PoliceClient client;
    private final Watermarks watermarks;

    public PoliceRoutes(PoliceSettings settings, PoliceClient client, Watermarks watermarks) {
        this.settings = settings;
        this.client = client;
        this.watermarks = watermarks;
    }

    @Override
    public void configure() {
        String id = settings.id();

        onException(ServiceBusyException.class)
                .maximumRedeliveries(settings.busyRetries())
                .redeliveryDelay(settings.busyDelay().toMillis())
                .useExponentialBackOff().backOffMultiplier(2)
                .maximumRedeliveryDelay(settings.busyMaxDelay().toMillis())
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .handled(true)
                .process(e -> e.getMessage().setBody(SyncRun.failed(run(e), id, failure(e))))
                .to(Intake.SYNC_FINISHED);

        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "Sync of " + id + " stopped: ${exception.message}")
                .process(e -> e.getMessage().setBody(SyncRun.failed(run(e), id, failure(e))))
                .to(Intake.SYNC_FINISHED);

        if (!settings.pollInterval().isZero()) {
            from("timer:" + id + "-poll?delay=1000&period=" + settings.pollInterval().toMillis())
                    .routeId(id + "-poll")
                    .to(settings.syncEndpoint());
        }

        from(settings.syncEndpoint()).routeId(id + "-sync")
                .process(e -> e.setProperty(RUN, new SyncRun(id, client, settings.pageSize(),
                        watermarks.watermark(id).orElse(null))))
                .process(e -> e.getMessage().setBody(run(e).started()))
                .to(Intake.SYNC_STARTED)
                .loopDoWhile(e -> run(e).hasMore())
                    .process(e -> e.getMessage().setBody(run(e).fetchPage()))
                    .doTry()
                        .to(Intake.ENDPOINT)
                    .doCatch(Exception.class)
                        .log(LoggingLevel.WARN, "Sync of " + id + " stopped: the intake failed: ${exception.message}")
                        .process(e -> e.getMessage().setBody(SyncRun.failed(run(e), id, failure(e))))
                        .to(Intake.SYNC_FINISHED)
                        .stop()
                    .end()
                    .process(e -> run(e).pageStored())
                .end()
                .process(e -> e.getMessage().setBody(run(e).succeeded()))
                .to(Intake.SYNC_FINISHED);
    }

    private static SyncRun run(Exchange e) {
        return e.getProperty(RUN, SyncRun.class);
    }

    private static Exception failure(Exchange e) {
        return e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    }
}
