package org.civichub.bench;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every source record of a dataset accounted for in the hub's link export (record_key, resident_id,
 * state): how many are in each state, how many the export lacks ({@code missing}) or names more than
 * once ({@code repeated}), how many it names that the dataset does not know ({@code extra}); and how
 * the linked records fall on residents against the truth: persons whose records lie on more than one
 * resident ({@code splitPersons}) and residents holding records of more than one person
 * ({@code mergedResidents}). {@link #residents} are the residents the linked records name.
 */
record RecordAccount(long records, long linked, long unlinked, long review, long quarantined, long missing,
                     long repeated, long extra, long splitPersons, long mergedResidents, Set<String> residents) {

    RecordAccount {
        residents = Set.copyOf(residents);
    }

    /** Compares a link export with the dataset's truth.csv (record_key, person_key), both CSV with a header row. */
    static RecordAccount of(Reader truthCsv, Reader linksCsv) throws IOException {
        Map<String, String> personOf = new HashMap<>();
        for (String[] row : LinkQuality.rows(truthCsv, "record_key", "person_key")) {
            if (personOf.put(row[0], row[1]) != null) {
                throw new IllegalArgumentException("the truth names record " + row[0] + " twice");
            }
        }
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> residentsOfPerson = new HashMap<>();
        Map<String, Set<String>> personsOfResident = new HashMap<>();
        long linked = 0;
        long unlinked = 0;
        long review = 0;
        long quarantined = 0;
        long repeated = 0;
        long extra = 0;
        for (String[] row : LinkQuality.rows(linksCsv, "record_key", "resident_id", "state")) {
            String person = personOf.get(row[0]);
            if (person == null) {
                extra++;
                continue;
            }
            if (!seen.add(row[0])) {
                repeated++;
                continue;
            }
            switch (row[2]) {
                case "linked" -> {
                    linked++;
                    residentsOfPerson.computeIfAbsent(person, k -> new HashSet<>()).add(row[1]);
                    personsOfResident.computeIfAbsent(row[1], k -> new HashSet<>()).add(person);
                }
                case "unlinked" -> unlinked++;
                case "review" -> review++;
                case "quarantined" -> quarantined++;
                default -> throw new IllegalArgumentException("record " + row[0] + " has an unknown state '"
                        + row[2] + "'");
            }
        }
        return new RecordAccount(personOf.size(), linked, unlinked, review, quarantined, personOf.size() - seen.size(),
                repeated, extra, moreThanOne(residentsOfPerson), moreThanOne(personsOfResident),
                personsOfResident.keySet());
    }

    private static long moreThanOne(Map<String, Set<String>> sets) {
        return sets.values().stream().filter(s -> s.size() > 1).count();
    }
}
