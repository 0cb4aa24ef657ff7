package org.civichub.feeds.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.civichub.model.Resident;
import org.civichub.store.ResidentStore;

/**
 * The residents the feeds read lately, shared by the departments: every department's channel scans
 * the same events of the outbox and reads the same residents, so the first read serves the others.
 * A resident read while scanning the outbox up to sequence {@code n} serves an event up to {@code n}
 * only, never a later one, which may have changed it since; and only for {@link #KEPT}, so that each
 * event still carries its resident as it was after that event, as a read of the store would. A
 * resident not stored (yet) is never kept: it is asked for again; nor is one found not to show a
 * change yet ({@link #forget}).
 */
final class RecentResidents {

    /** How long a read serves other departments. */
    static final Duration KEPT = Duration.ofSeconds(10);
    /** At most this many residents are kept, the oldest reads dropped first. */
    static final int MAX = 5_000;

    private record Read(Resident resident, long through, Instant at) {
    }

    private final ResidentStore store;
    private final Clock clock;
    private final Map<String, Read> reads = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
            return size() > MAX;
        }
    };

    RecentResidents(ResidentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The stored residents that events of the outbox are about, read while the outbox was scanned up
     * to sequence {@code scanned}: for each resident id, the latest sequence of an event about it that
     * it must serve. A resident read lately, for events up to that sequence at least, comes from the
     * recent reads, the others from the store.
     */
    Map<String, Resident> residents(Map<String, Long> latestEvent, long scanned) {
        Instant now = clock.instant();
        Map<String, Resident> out = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        synchronized (reads) {
            latestEvent.forEach((id, sequence) -> {
                Read r = reads.get(id);
                if (r != null && r.through() >= sequence && r.at().plus(KEPT).isAfter(now)) {
                    out.put(id, r.resident());
                } else {
                    missing.add(id);
                }
            });
        }
        if (!missing.isEmpty()) {
            Map<String, Resident> read = store.residents(missing);
            out.putAll(read);
            synchronized (reads) {
                read.forEach((id, resident) -> {
                    reads.remove(id);
                    reads.put(id, new Read(resident, scanned, now));
                });
            }
        }
        return out;
    }

    /** Drops the resident read lately, so that the next read asks the store again. */
    void forget(String id) {
        synchronized (reads) {
            reads.remove(id);
        }
    }
}
