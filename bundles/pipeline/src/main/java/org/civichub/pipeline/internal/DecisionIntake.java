package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.model.Conflict;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.pipeline.Decisions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes a decision in through the intake, as one record of its own, and answers once it is durable.
 * A decision that breaks a rule of {@link DecisionMapper} is refused with every reason before it is
 * sent, so it never reaches the quarantine.
 */
@Component(service = Decisions.class)
public final class DecisionIntake implements Decisions {

    private final DecisionMapper mapper = new DecisionMapper();
    private final ProducerTemplate producer;
    private final Clock clock;

    @Activate
    public DecisionIntake(@Reference CamelContext camel) {
        this(camel.createProducerTemplate(), Clock.systemUTC());
    }

    DecisionIntake(ProducerTemplate producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
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

    private SourceRecord record(Map<String, String> payload) {
        var now = clock.instant();
        return new SourceRecord(new SourceKey(Conflict.DECISIONS, DecisionMapper.RECORD_TYPE, UUID.randomUUID().toString()),
                now.toString(), now, now, payload);
    }
}
