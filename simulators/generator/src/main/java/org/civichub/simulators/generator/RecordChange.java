package org.civichub.simulators.generator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A change to a record at a time, producing its next version from a copy of the previous one. */
record RecordChange(LocalDateTime time, Consumer<Row> edit) {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * The first version followed by one version per change, in time order, each stamped by
     * {@code stamp} with a time at least one minute later than the version before.
     */
    static List<Row> versions(Row first, LocalDateTime firstTime, List<RecordChange> changes,
                              BiConsumer<Row, LocalDateTime> stamp) {
        return versions(first, firstTime, changes, MINUTE, stamp);
    }

    /** As {@link #versions(Row, LocalDateTime, List, BiConsumer)} with another minimum step. */
    static List<Row> versions(Row first, LocalDateTime firstTime, List<RecordChange> changes, Duration step,
                              BiConsumer<Row, LocalDateTime> stamp) {
        List<Row> versions = new ArrayList<>(List.of(first));
        LocalDateTime last = firstTime;
        for (RecordChange change : changes.stream().sorted(Comparator.comparing(RecordChange::time)).toList()) {
            last = change.time().isBefore(last.plus(step)) ? last.plus(step) : change.time();
            Row next = versions.get(versions.size() - 1).copy();
            change.edit().accept(next);
            stamp.accept(next, last);
            versions.add(next);
        }
        return versions;
    }
}
