package org.civichub.bench;

import java.util.List;
import java.util.SortedMap;

/**
 * One document of the benchmark index, with only fields of the hub's residents mapping. The search
 * fields (name and pinyin, ID number prefixes and suffixes, division prefixes, address text,
 * departments, tags) are what the hub indexes for a resident, so Elasticsearch does the same
 * indexing work per document. The stored, unindexed {@code resident} part is cut down to what the
 * search fields do not already hold, so that a document is about 1.08 KB of JSON, the size the
 * documented baseline was measured with; the hub's own documents are larger there, since they keep
 * the whole canonical resident with provenance per field.
 */
record ResidentDocument(
        String id,
        String name,
        String namePinyin,
        String namePinyinText,
        String nameInitials,
        String idNumber,
        List<String> idPrefixes,
        List<String> idSuffixes,
        String sex,
        String birthDate,
        String householdNo,
        String status,
        List<String> divisions,
        List<String> addressText,
        List<String> departments,
        List<String> tags,
        Stored resident) {

    /**
     * The stored part: ethnicity, relation to the household head (null for floating residents), the
     * dwelling in the community of the last {@code divisions} entry, and when each department holding
     * a record of the resident last changed it (ISO instants by department, sorted by department).
     */
    record Stored(String ethnicity, String relationToHead, Dwelling dwelling, SortedMap<String, String> updated) {
    }

    /** Building, unit and room. */
    record Dwelling(String building, String unit, String room) {
    }
}
