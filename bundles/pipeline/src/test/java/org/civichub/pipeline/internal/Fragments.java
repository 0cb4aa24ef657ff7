package org.civichub.pipeline.internal;

import java.time.Instant;
import java.util.Map;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Pseudonyms;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/** Source records and their fragments for pipeline tests. */
final class Fragments {

    static final IdNumber WANG = IdNumber.parse("11010519491231002X");
    static final IdNumber LI = IdNumber.parse("350203199003070014");
    /** A test key: ids in pipeline tests are derived with it. */
    static final Pseudonyms PSEUDONYMS = new Pseudonyms("a test key of thirty-two bytes..".getBytes());

    private Fragments() {
    }

    static SourceRecord record(IdNumber id, String version, Map<String, String> fields) {
        return new SourceRecord(new SourceKey("police", "person", id.value()), version,
                Instant.parse(version), Instant.EPOCH, fields);
    }

    static Normalized valid(IdNumber id, String name, String household, String relation, String version,
                            PersonStatus status) {
        SourceRecord r = record(id, version, Map.of("XM", name, "HH", household));
        PersonFragment f = new PersonFragment(r.provenance(), id, null, name, id.sex(), "01", id.birthDate(),
                household, relation, null, null, status, null, java.util.List.of());
        return new Normalized(r, java.util.List.of(f), java.util.List.of());
    }
}
