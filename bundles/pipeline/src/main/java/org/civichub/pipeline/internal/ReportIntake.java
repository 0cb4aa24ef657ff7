package org.civichub.pipeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.civichub.connector.api.Intake;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.pipeline.ReportRefusedException;
import org.civichub.pipeline.Reports;
import org.civichub.store.RawRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Takes reports in through the intake and answers once they are durable. A report that breaks a
 * rule of {@link ReportMapper} is refused with every reason before it is sent, so it never reaches
 * the quarantine; one that names a resident the hub does not have is refused after, and is kept
 * unlinked as received. A report is one version of its record: it is never changed, only followed by
 * others.
 */
@Component(service = Reports.class)
public final class ReportIntake implements Reports {

    /** The only version of a report's record. */
    static final String VERSION = "1";

    private final ReportMapper mapper = new ReportMapper();
    private final ProducerTemplate producer;
    private final RawRecords raw;
    private final Clock clock;

    @Activate
    public ReportIntake(@Reference CamelContext camel, @Reference RawRecords raw) {
        this(camel.createProducerTemplate(), raw, Clock.systemUTC());
    }

    ReportIntake(ProducerTemplate producer, RawRecords raw, Clock clock) {
        this.producer = producer;
        this.raw = raw;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        producer.stop();
    }

    @Override
    public SourceRecord file(Map<String, String> fields, String user) {
        Map<String, String> payload = new LinkedHashMap<>(fields);
        payload.put("user", user == null ? "" : user);
        Instant now = clock.instant();
        SourceRecord r = new SourceRecord(new SourceKey(DEPARTMENT, RECORD_TYPE, UUID.randomUUID().toString()), VERSION,
                now, now, payload);
        List<Violation> violations = mapper.map(r).violations();
        if (!violations.isEmpty()) {
            throw new ReportRefusedException(violations);
        }
        IntakeResult result = producer.requestBody(Intake.ENDPOINT,
                new IntakeBatch(ReportMapper.CONNECTOR, List.of(r), null), IntakeResult.class);
        if (result.indexed() == 0) {
            throw new ReportRefusedException(List.of(new Violation(fields.containsKey("residentId") ? "residentId"
                    : "mother", "resident.known", "", "no resident with this id")));
        }
        return r;
    }

    @Override
    public Optional<SourceRecord> get(String id) {
        return raw.get(new SourceKey(DEPARTMENT, RECORD_TYPE, id).recordKey(), VERSION);
    }
}
