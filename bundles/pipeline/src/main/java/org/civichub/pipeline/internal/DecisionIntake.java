package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.model.Conflict;
import org.civichub.model.PersonFragment;
import org.civichub.model.Provenance;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.pipeline.Decisions;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;
import org.civichub.store.RawRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes decisions in through the intake and answers once they are durable. A conflict's resolution
 * is a record of its own; one that breaks a rule of {@link DecisionMapper} is refused with every
 * reason before it is sent, so it never reaches the quarantine. A decision on a record in review is
 * written on the record's link, and the record is taken in again, which places it as decided.
 */
@Component(service = Decisions.class)
public final class DecisionIntake implements Decisions {

    private final DecisionMapper mapper = new DecisionMapper();
    private final ProducerTemplate producer;
    private final LinkStore links;
    private final RawRecords raw;
    private final ConnectorMappers mappers;
    private final BatchWriter writer;
    private final Clock clock;

    @Activate
    public DecisionIntake(@Reference CamelContext camel, @Reference LinkStore links, @Reference RawRecords raw,
                          @Reference BatchWriter writer, @Reference ConnectorMappers mappers) {
        this(camel.createProducerTemplate(), links, raw, writer, mappers, Clock.systemUTC());
    }

    DecisionIntake(ProducerTemplate producer, LinkStore links, RawRecords raw, BatchWriter writer,
                   ConnectorMappers mappers, Clock clock) {
        this.producer = producer;
        this.links = links;
        this.raw = raw;
        this.writer = writer;
        this.mappers = mappers;
        this.clock = clock;
    }

    @Override
    public Optional<Note> note(Provenance decision) {
        return raw.get(decision.recordKey(), decision.sourceVersion())
                .map(r -> new Note(r.payload().get("user"), r.payload().get("reason")));
    }

    @Override
    public Optional<PersonFragment> inReview(String position) {
        Link link = links.get(List.of(position)).get(position);
        if (link == null || link.state() != Link.State.REVIEW) {
            return Optional.empty();
        }
        return raw.get(link.recordKey(), link.sourceVersion())
                .flatMap(r -> mappers.mapper(link.connectorId()).map(m -> m.map(r)))
                .flatMap(m -> m.persons().stream().findFirst());
    }

    @Deactivate
    void deactivate() {
        producer.stop();
    }

    @Override
    public String resolveConflict(String residentId, String field, String value, String reason, String user) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("kind", "conflict");
        payload.put("residentId", residentId);
        payload.put("field", field);
        payload.put("value", value);
        payload.put("reason", reason);
        payload.put("user", user);
        SourceRecord r = record(payload);
        List<Violation> violations = mapper.map(r).violations();
        if (!violations.isEmpty()) {
            throw new DecisionRefusedException(String.join("; ", violations.stream()
                    .map(v -> v.field() + " (" + v.rule() + "): " + v.message()).toList()));
        }
        IntakeResult result = producer.requestBody(Intake.ENDPOINT,
                new IntakeBatch(DecisionMapper.CONNECTOR, List.of(r), null), IntakeResult.class);
        if (result.indexed() == 0) {
            throw new DecisionRefusedException("residentId: no resident with this id");
        }
        return r.key().recordKey();
    }

    @Override
    public String decideReview(String position, String residentId, String reason, String user) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new DecisionRefusedException("reason (reason.required): a decision gives its reason, in at most 200 characters");
        }
        Link link = links.get(List.of(position)).get(position);
        if (link == null || link.state() != Link.State.REVIEW) {
            throw new DecisionRefusedException("position: no record in review at this position");
        }
        if (residentId != null && link.candidates().stream().noneMatch(c -> c.residentId().equals(residentId))) {
            throw new DecisionRefusedException("residentId: not one of the record's candidates");
        }
        SourceRecord record = raw.get(link.recordKey(), link.sourceVersion())
                .orElseThrow(() -> new DecisionRefusedException("position: the record's version is not readable yet"));
        Link.Decision decision = new Link.Decision(residentId, user, clock.instant(), reason.strip());
        BatchStore.requireNone(writer.write(new Batch(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(link.withDecision(decision)))));
        producer.requestBody(Intake.ENDPOINT, new IntakeBatch(link.connectorId(), List.of(record), null),
                IntakeResult.class);
        Link after = links.get(List.of(position)).get(position);
        boolean done = after != null && decision.equals(after.decision()) && (residentId == null
                ? after.state() != Link.State.REVIEW
                : after.state() == Link.State.LINKED && residentId.equals(after.residentId()));
        if (!done) {
            throw new DecisionRefusedException("position: the record changed while it was decided; look at it again");
        }
        return after.state().code();
    }

    @Override
    public List<String> merge(String residentId, String into, String reason, String user) {
        return send(new ResidentMerges.Merge(residentId, into, reason, user));
    }

    @Override
    public List<String> unmerge(String residentId, String reason, String user) {
        return send(new ResidentMerges.Unmerge(residentId, reason, user));
    }

    /** Sends a merge or unmerge; what the route throws is thrown as it is. */
    @SuppressWarnings("unchecked")
    private List<String> send(ResidentMerges.Command command) {
        try {
            return producer.requestBody(ResidentMerges.ENDPOINT, command, List.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private SourceRecord record(Map<String, String> payload) {
        var now = clock.instant();
        return new SourceRecord(new SourceKey(Conflict.DECISIONS, DecisionMapper.RECORD_TYPE, UUID.randomUUID().toString()),
                now.toString(), now, now, payload);
    }
}
