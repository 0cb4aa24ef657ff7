package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.model.Pseudonyms;
import org.civichub.store.BatchWriter;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.ResidentStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The data path as routes: {@link Intake#ENDPOINT} takes a page of records through normalize,
 * resolve and merge, and store-and-acknowledge, and answers only when all of it is durable.
 * Batches are processed one at a time, so two records of one person arriving at once through two
 * connectors still end in one resident.
 */
@Component(service = RoutesBuilder.class)
public final class IntakeRoutes extends RouteBuilder {

    private final FragmentValidator validator = new FragmentValidator();
    private final Normalizer normalizer;
    private final RawStage raw;
    private final Merger merger;
    private final BatchStore store;
    private final SyncOutcomes outcomes;
    private final ReentrantLock oneBatchAtATime = new ReentrantLock();

    @Activate
    public IntakeRoutes(@Reference ConnectorMappers mappers, @Reference BatchWriter writer,
                        @Reference ResidentStore residents, @Reference ConnectorStateStore states,
                        @Reference Pseudonyms pseudonyms) {
        this(mappers, writer, residents, states, pseudonyms, Clock.systemUTC());
    }

    IntakeRoutes(ConnectorMappers mappers, BatchWriter writer, ResidentStore residents,
                 ConnectorStateStore states, Pseudonyms pseudonyms, Clock clock) {
        this.normalizer = new Normalizer(mappers, validator);
        this.raw = new RawStage(writer, pseudonyms);
        this.merger = new Merger(residents, pseudonyms, clock);
        this.store = new BatchStore(writer, states, clock);
        this.outcomes = new SyncOutcomes(states);
    }

    @Override
    public void configure() {
        from(Intake.ENDPOINT).routeId("civichub-intake")
                .process(e -> oneBatchAtATime.lock())
                .doTry()
                    .process(e -> e.getMessage().setBody(normalizer.normalize(e.getMessage().getBody(IntakeBatch.class))))
                    .process(e -> e.getMessage().setBody(raw.store(e.getMessage().getBody(NormalizedBatch.class))))
                    .process(e -> e.getMessage().setBody(merger.merge(e.getMessage().getBody(NormalizedBatch.class))))
                    .process(e -> e.getMessage().setBody(store.store(e.getMessage().getBody(MergedBatch.class))))
                .doFinally()
                    .process(e -> oneBatchAtATime.unlock())
                .end();

        from(Intake.SYNC_FINISHED).routeId("civichub-sync-finished")
                .process(e -> outcomes.record(e.getMessage().getBody(SyncOutcome.class)));
    }

    @Deactivate
    void deactivate() {
        validator.close();
    }
}
