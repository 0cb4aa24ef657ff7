package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.Watermarks;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several connectors in one Camel context with one intake, as the hub runs them: a department that
 * is down or slow holds back nobody else, and catches up from its watermark once it is back.
 */
class PagedSyncRoutesTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final Map<String, String> watermarks = new ConcurrentHashMap<>();
    private final Map<String, Integer> stored = new ConcurrentHashMap<>();
    private final BlockingQueue<SyncOutcome> outcomes = new LinkedBlockingQueue<>();
    private ProducerTemplate producer;

    /** Serves {@code pages} pages of two records each, unless it is down or asked to wait first. */
    private static final class Department implements PagedSource {
        final String name;
        final int pages;
        final AtomicBoolean down = new AtomicBoolean();
        volatile CountDownLatch holdEachFetch;
        final CountDownLatch fetching = new CountDownLatch(1);

        Department(String name, int pages) {
            this.name = name;
            this.pages = pages;
        }

        @Override
        public SourcePage fetch(String watermark, String cursor) throws Exception {
            if (down.get()) {
                throw new IOException(name + " is down");
            }
            fetching.countDown();
            if (holdEachFetch != null) {
                holdEachFetch.await(30, TimeUnit.SECONDS);
            }
            int from = watermark == null ? 0 : Integer.parseInt(watermark);
            int page = cursor == null ? from : Integer.parseInt(cursor);
            if (page >= pages) {
                return new SourcePage(List.of(), null, null);
            }
            List<SourceRecord> records = List.of(record(page, 0), record(page, 1));
            return new SourcePage(records, page + 1 < pages ? String.valueOf(page + 1) : null,
                    String.valueOf(page + 1));
        }

        private SourceRecord record(int page, int i) {
            return new SourceRecord(new SourceKey(name, "t", page + "-" + i), "v", Instant.EPOCH, Instant.EPOCH, Map.of());
        }
    }

    @BeforeEach
    void start() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(Intake.ENDPOINT).process(e -> {
                    IntakeBatch b = e.getMessage().getBody(IntakeBatch.class);
                    stored.merge(b.connectorId(), b.records().size(), Integer::sum);
                    if (b.watermarkAfter() != null) {
                        watermarks.put(b.connectorId(), b.watermarkAfter());
                    }
                    e.getMessage().setBody(new IntakeResult(b.records().size(), 0, 0));
                });
                from(Intake.SYNC_STARTED).process(e -> { });
                from(Intake.SYNC_FINISHED).process(e -> outcomes.add(e.getMessage().getBody(SyncOutcome.class)));
            }
        });
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private final Set<String> leased = ConcurrentHashMap.newKeySet();
    private boolean cluster;

    private SyncSettings add(Department d) throws Exception {
        SyncSettings s = new SyncSettings(d.name, Duration.ZERO, 0, Duration.ZERO, Duration.ZERO, 3, Duration.ofMinutes(2));
        camel.addRoutes(new PagedSyncRoutes(s, d, new Watermarks() {
            @Override
            public Optional<String> watermark(String id) {
                return Optional.ofNullable(watermarks.get(id));
            }

            @Override
            public boolean mayRun(String id) {
                return !cluster || leased.contains(id);
            }
        }));
        return s;
    }

    private SyncOutcome outcomeOf(String id) throws InterruptedException {
        for (SyncOutcome o = outcomes.poll(30, TimeUnit.SECONDS); o != null; o = outcomes.poll(30, TimeUnit.SECONDS)) {
            if (o.connectorId().equals(id)) {
                return o;
            }
            outcomes.add(o);
        }
        throw new AssertionError("no outcome of " + id);
    }

    @Test
    void aDepartmentThatIsDownFailsAloneAndCatchesUpFromItsWatermarkWhenBack() throws Exception {
        Department police = new Department("police", 3);
        Department civil = new Department("civil", 4);
        civil.down.set(true);
        SyncSettings p = add(police);
        SyncSettings c = add(civil);

        producer.sendBody(c.syncEndpoint(), "");
        producer.sendBody(p.syncEndpoint(), "");

        assertThat(outcomeOf("civil").error()).isEqualTo("IOException: civil is down");
        assertThat(outcomeOf("police").succeeded()).isTrue();
        assertThat(stored).containsEntry("police", 6).doesNotContainKey("civil");

        civil.down.set(false);
        producer.sendBody(c.syncEndpoint(), "");

        assertThat(outcomeOf("civil").succeeded()).isTrue();
        assertThat(stored).containsEntry("civil", 8);
        assertThat(watermarks).containsEntry("civil", "4").containsEntry("police", "3");
    }

    @Test
    void aNodeWithoutTheConnectorsLeaseRunsNothing() throws Exception {
        cluster = true;
        Department police = new Department("police", 3);
        SyncSettings p = add(police);

        NotifyBuilder skipped = new NotifyBuilder(camel).fromRoute("police-sync").whenDone(1).create();
        producer.sendBody(p.syncEndpoint(), "");
        assertThat(skipped.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stored).isEmpty();
        leased.add("police");
        producer.sendBody(p.syncEndpoint(), "");

        SyncOutcome o = outcomeOf("police");
        assertThat(o.succeeded()).isTrue();
        assertThat(o.records()).as("the run asked for before the lease did nothing").isEqualTo(6);
        assertThat(outcomes).isEmpty();
    }

    @Test
    void aRunThatLosesTheLeaseStopsAfterItsPageInFlightAndHandsOver() throws Exception {
        cluster = true;
        leased.add("labour");
        Department labour = new Department("labour", 4);
        labour.holdEachFetch = new CountDownLatch(1);
        SyncSettings l = add(labour);

        producer.sendBody(l.syncEndpoint(), "");
        assertThat(labour.fetching.await(30, TimeUnit.SECONDS)).isTrue();
        leased.remove("labour");
        labour.holdEachFetch.countDown();

        SyncOutcome o = outcomeOf("labour");
        assertThat(o.handedOver()).isTrue();
        assertThat(o.succeeded()).isFalse();
        assertThat(o.error()).isNull();
        assertThat(stored).as("the page in flight, no more").containsEntry("labour", 2);
        assertThat(watermarks).containsEntry("labour", "1");
    }

    @Test
    void aSlowDepartmentHoldsBackNobodyElse() throws Exception {
        Department labour = new Department("labour", 2);
        labour.holdEachFetch = new CountDownLatch(1);
        Department health = new Department("health", 2);
        SyncSettings l = add(labour);
        SyncSettings h = add(health);

        producer.sendBody(l.syncEndpoint(), "");
        producer.sendBody(h.syncEndpoint(), "");

        assertThat(outcomeOf("health").succeeded()).isTrue();
        assertThat(stored).containsEntry("health", 4).doesNotContainKey("labour");
        labour.holdEachFetch.countDown();
        assertThat(outcomeOf("labour").succeeded()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> stored.getOrDefault("labour", 0) == 4);
    }
}
