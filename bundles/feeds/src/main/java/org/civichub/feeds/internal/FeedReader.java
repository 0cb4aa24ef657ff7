package org.civichub.feeds.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.civichub.feeds.ChangeKind;
import org.civichub.feeds.Entitlement;
import org.civichub.feeds.FeedEvent;
import org.civichub.feeds.FeedPage;
import org.civichub.feeds.ResidentFields;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Conflict;
import org.civichub.model.Resident;
import org.civichub.store.Outbox;
import org.civichub.store.ResidentStore;

/**
 * Reads a department's feed from the outbox: scans the events after the cursor as many at a time as
 * the page still wants (at least {@link #MIN_SCAN}, at most {@link #SCAN}), so that an event is
 * seldom scanned twice, reads the residents of the events the department may hear of ({@link
 * #mayHear}) in one go per scan (or takes them from another department's read of the same events,
 * {@link RecentResidents}), and keeps the events that are a kind of change the department is
 * entitled to, each cut down to its entitled fields. An event the search still shows at a place it
 * has left (written again further on, its batch done again) is passed there and delivered at its
 * new place, so it does not reach a department before the events it now follows. The cursor moves past every
 * event scanned, kept or not, so a department's next read never scans them again; but it stops
 * before a recent event whose change is not stored with its resident yet (see {@link #SETTLE}),
 * which the next read takes up.
 */
final class FeedReader {

    /** Events scanned per outbox read at most. */
    static final int SCAN = 500;
    /** Events scanned per outbox read at least, so a department entitled to little needs few reads. */
    static final int MIN_SCAN = 100;
    /** Outbox reads per feed read at most, so a department entitled to little does not scan forever. */
    static final int MAX_SCANS = 20;

    /**
     * How long an event whose change is not stored with its resident (no resident, or one that does
     * not show the record version that caused it yet) may be a batch still being written: the hub
     * writes a batch's events before its residents, so a reader stops there and reads on later. A
     * batch that failed after its events is done again and writes them again further on; a reader
     * that did not stop would deliver the change before it happened, with the resident as it was. An
     * older one is a leftover of a batch that failed and was then superseded, and is read as the
     * resident is.
     */
    static final Duration SETTLE = Duration.ofSeconds(60);

    private final Outbox outbox;
    private final RecentResidents residents;
    private final Clock clock;

    FeedReader(Outbox outbox, ResidentStore residents, Clock clock) {
        this.outbox = outbox;
        this.residents = new RecentResidents(residents, clock);
        this.clock = clock;
    }

    FeedPage read(Entitlement e, String cursor, int limit, Predicate<Resident> visible) {
        long position = Cursor.parse(cursor);
        List<FeedEvent> items = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (int scan = 0; scan < MAX_SCANS && items.size() < limit; scan++) {
            List<Outbox.Entry> entries = outbox.after(position,
                    Math.min(SCAN, Math.max(MIN_SCAN, limit - items.size())));
            if (entries.isEmpty()) {
                break;
            }
            Map<String, Long> latest = new LinkedHashMap<>();
            entries.stream().filter(x -> onResident(x) && mayHear(e, x.event()))
                    .forEach(x -> latest.put(x.event().entityId(), x.sequence()));
            Map<String, Long> placed = outbox.sequences(entries.stream()
                    .filter(x -> !onResident(x) || mayHear(e, x.event())).map(x -> x.event().id()).toList());
            Map<String, Resident> now = latest.isEmpty() ? Map.of()
                    : residents.residents(latest, entries.get(entries.size() - 1).sequence());
            for (Outbox.Entry x : entries) {
                if (moved(x, placed)) {
                    position = x.sequence();
                    continue;
                }
                if (!onResident(x)) {
                    position = x.sequence();
                    FeedEvent finding = finding(e, x);
                    if (finding != null) {
                        items.add(finding);
                        if (items.size() == limit) {
                            break;
                        }
                    }
                    continue;
                }
                if (!mayHear(e, x.event())) {
                    position = x.sequence();
                    continue;
                }
                Resident r = now.get(x.event().entityId());
                if (!stored(x.event(), r) && x.event().recordedAt().isAfter(clock.instant().minus(SETTLE))) {
                    residents.forget(x.event().entityId());
                    return new FeedPage(items, Cursor.of(position), List.copyOf(shown));
                }
                position = x.sequence();
                FeedEvent event = r == null || !visible.test(r) ? null : event(e, x, r);
                if (event != null) {
                    items.add(event);
                    shown.add(r.id());
                    if (items.size() == limit) {
                        break;
                    }
                }
            }
        }
        return new FeedPage(items, Cursor.of(position), List.copyOf(shown));
    }

    /**
     * Whether the event has left this place since the store made it searchable: written again
     * further on (its batch done again), where the read meets it again. Events a department does not
     * hear of are not looked up ({@code placed} lacks them) and count as in place.
     */
    private static boolean moved(Outbox.Entry x, Map<String, Long> placed) {
        Long now = placed.get(x.event().id());
        return now != null && now != x.sequence();
    }

    /**
     * Whether the change is stored with its resident: the resident shows the record version that
     * caused it. The hub's own operations (merges) are stored with their resident at once.
     */
    private static boolean stored(ChangeEvent change, Resident r) {
        return r != null && (Conflict.DECISIONS.equals(change.cause().department()) || r.reflects(change.cause()));
    }

    private static boolean onResident(Outbox.Entry x) {
        return "resident".equals(x.event().entityType());
    }

    /**
     * Whether the department may hear of the change, as far as the event alone tells: the kinds of
     * change it is, a death counted in when the event did not record the status (only the resident
     * can tell then), and a conflict its records are in. An event it may not hear of needs no
     * resident read; one it may is decided by {@link #event}.
     */
    static boolean mayHear(Entitlement e, ChangeEvent change) {
        if (change.changedFields().contains("conflicts." + e.department())
                && e.changes().contains(ChangeKind.FINDING.code())) {
            return true;
        }
        if (change.cause().department().equals(e.department())) {
            return false;
        }
        List<ChangeKind> kinds = new ArrayList<>(ChangeKind.of(change, null));
        if (change.status() == null && change.changedFields().contains("status")) {
            kinds.add(ChangeKind.DEATH);
        }
        return kinds.stream().map(ChangeKind::code).anyMatch(e.changes()::contains);
    }

    /**
     * The event as the department receives it, or {@code null} when it is no kind of change it may
     * hear of. Which departments hear of an event is the event's own fact, never the resident's
     * state when read, so every read of a feed holds the same events. A change the department's own
     * record caused it knows already: it hears of it only when the change left it in a conflict
     * ({@code finding}, with {@code conflicts}: the field, the other departments, and its own records
     * and values as they are now, never the others' values).
     */
    static FeedEvent event(Entitlement e, Outbox.Entry entry, Resident now) {
        ChangeEvent change = entry.event();
        boolean own = change.cause().department().equals(e.department());
        List<String> kinds = new ArrayList<>(own ? List.of() : ChangeKind.of(change, now).stream()
                .map(ChangeKind::code).filter(e.changes()::contains).toList());
        boolean inConflict = change.changedFields().contains("conflicts." + e.department())
                && e.changes().contains(ChangeKind.FINDING.code());
        if (inConflict) {
            kinds.add(ChangeKind.FINDING.code());
        }
        if (kinds.isEmpty() || !"resident".equals(change.entityType())) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kinds", kinds);
        data.put("origin", change.cause().department());
        if (inConflict) {
            data.put("conflicts", conflicts(now, e.department()));
        }
        data.put("changed", change.changedFields().stream().filter(e.fields()::contains).toList());
        data.put("resident", ResidentFields.of(now, e.fields()));
        return new FeedEvent(FeedEvent.SPEC_VERSION, change.id(), FeedEvent.SOURCE,
                "org.civichub.resident." + change.kind(), change.entityId(), change.recordedAt(), "application/json",
                Long.toString(entry.sequence()), data);
    }

    /** The open conflicts of the resident that the department's records are in, as it may hear of them. */
    private static List<Map<String, Object>> conflicts(Resident r, String department) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Conflict c : r.conflicts()) {
            List<String> others = c.pairs().stream().map(p -> p.split("/"))
                    .filter(p -> p[0].equals(department) || p[1].equals(department))
                    .map(p -> p[0].equals(department) ? p[1] : p[0]).distinct().sorted().toList();
            if (!c.isOpen() || others.isEmpty()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", c.field());
            m.put("with", others);
            m.put("yours", c.claims().stream().filter(x -> x.department().equals(department))
                    .map(x -> Map.of("record", x.source().recordKey(), "value", x.value())).toList());
            out.add(m);
        }
        return out;
    }

    /**
     * A record's data-quality findings, for the department the record came from only, when it is
     * entitled to {@code finding}: the record (type, key, version) and each finding's field and rule.
     */
    static FeedEvent finding(Entitlement e, Outbox.Entry entry) {
        ChangeEvent change = entry.event();
        if (!"record".equals(change.entityType()) || !e.department().equals(change.cause().department())
                || !e.changes().contains(ChangeKind.FINDING.code())) {
            return null;
        }
        String[] key = change.cause().recordKey().split("/", 3);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", key.length == 3 ? key[1] : null);
        record.put("key", key.length == 3 ? key[2] : change.cause().recordKey());
        record.put("version", change.cause().sourceVersion());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kinds", List.of(ChangeKind.FINDING.code()));
        data.put("origin", change.cause().department());
        data.put("record", record);
        data.put("findings", change.changedFields().stream().map(f -> {
            int colon = f.lastIndexOf(':');
            return Map.of("field", colon < 0 ? "" : f.substring(0, colon), "rule", f.substring(colon + 1));
        }).toList());
        return new FeedEvent(FeedEvent.SPEC_VERSION, change.id(), FeedEvent.SOURCE, "org.civichub.record.finding",
                change.entityId(), change.recordedAt(), "application/json", Long.toString(entry.sequence()), data);
    }
}
