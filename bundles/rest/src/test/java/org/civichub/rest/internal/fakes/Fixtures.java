package org.civichub.rest.internal.fakes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.Address;
import org.civichub.model.DivisionCode;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.RecordCounts;

/** Test data: residents in and out of the test users' scopes, a quarantine entry and connectors. */
public final class Fixtures {

    public static final Instant UPDATED = Instant.parse("2024-03-01T08:00:00Z");

    /** Registered in community 350203006004: inside scope 350203006 and 350203. */
    public static final Resident ZHANG = resident("35020319900307123", "张三", "350203006004", "H0001", "02");
    /** Registered in community 350203007001: inside scope 350203 only. */
    public static final Resident LI = resident("35020319850615242", "李四", "350203007001", "H0002", "02");
    /** Registered in another district, 350206: inside neither scope. */
    public static final Resident WANG = resident("35020619700101345", "王五", "350206001001", "H0003", "02");

    public static final String QUARANTINED_ID = "35020319900307123X";

    private Fixtures() {
    }

    public static IdNumber idNumber(String first17) {
        return new IdNumber(first17 + IdNumber.checkCharacter(first17));
    }

    public static Resident resident(String first17, String name, String community, String householdNo,
            String relation) {
        IdNumber id = idNumber(first17);
        Provenance p = new Provenance("police", "police/person/" + id.value(), "v1", UPDATED);
        Address address = new Address(new DivisionCode(community), "思明区某路1号", "G01", "1", "2", "301");
        return Resident.of(org.civichub.rest.internal.TestApi.PSEUDONYMS.residentId(id), new PersonFragment(p, id, null, name, id.sex(), "01", id.birthDate(), householdNo,
                relation, address, null, PersonStatus.ACTIVE, null, java.util.List.of()));
    }

    public static QuarantineEntry quarantined(String department, String idNumberValue) {
        return quarantined(department, idNumberValue, null);
    }

    /** A quarantined record naming the given community in {@code HJDZ_XZQH}, or none when null. */
    public static QuarantineEntry quarantined(String department, String idNumberValue, String community) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("GMSFHM", idNumberValue);
        if (community != null) {
            payload.put("HJDZ_XZQH", community);
        }
        payload.put("XM", "赵六");
        payload.put("CSRQ", "19900307");
        SourceRecord record = new SourceRecord(new SourceKey(department, "person", idNumberValue), "v7",
                UPDATED, UPDATED.plusSeconds(60), payload);
        return new QuarantineEntry(record, List.of(new Violation("GMSFHM", "id.checkCharacter", idNumberValue,
                "the check character of " + idNumberValue + " does not match GB 11643")), UPDATED.plusSeconds(61));
    }

    public static ConnectorStatus connector(String id, String department, String state) {
        return new ConnectorStatus(id, department, List.of("person"), state, "2024-03-01T08:00:00Z#42",
                UPDATED, "degraded".equals(state) ? "SOAP fault for 350203199003071234" : null,
                "degraded".equals(state) ? UPDATED : null, List.of(new RecordCounts("person", 100, 90, 0, 10, 0)));
    }
}
