package org.civichub.pipeline.internal;

import java.util.List;
import java.util.Map;
import org.civichub.model.SourceRecord;
import org.civichub.store.ResolverKey;

/**
 * Where the persons of one batch belong: the resident of each person a record names (by the
 * record version's id and the person's place in the record, the subject being 0), and the
 * resolution keys that changed and must be written before the residents.
 */
record Resolution(Map<PersonRef, String> residents, List<ResolverKey> keys) {

    /** One person of one record version. */
    record PersonRef(String recordId, int person) {
    }

    Resolution {
        residents = Map.copyOf(residents);
        keys = List.copyOf(keys);
    }

    /** The resident of a record's person, or {@code null} when the person is not linked. */
    String residentOf(SourceRecord record, int person) {
        return residents.get(new PersonRef(record.id(), person));
    }
}
