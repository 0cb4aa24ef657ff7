package org.civichub.rest.internal.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.civichub.feeds.Entitlements;
import org.civichub.feeds.FeedEvent;
import org.civichub.feeds.FeedPage;
import org.civichub.feeds.Feeds;
import org.civichub.model.Resident;
import org.civichub.store.Outbox;

/**
 * The default entitlements, and a feed that shows every resident of {@link FakeResidents} the
 * caller may see as one death event with the resident's name, whatever the department: enough to
 * see what the API does with the page. Remembers every read.
 */
public final class FakeFeeds implements Feeds {

    public record Read(String department, String cursor, int limit) {
    }

    public final List<Read> reads = new ArrayList<>();
    private final FakeResidents residents;

    public FakeFeeds(FakeResidents residents) {
        this.residents = residents;
    }

    @Override
    public String head() {
        return "head";
    }

    @Override
    public Entitlements entitlements() {
        return Entitlements.defaults();
    }

    @Override
    public synchronized FeedPage read(String department, String cursor, int limit, Predicate<Resident> visible) {
        reads.add(new Read(department, cursor, limit));
        if ("bad".equals(cursor)) {
            throw new IllegalArgumentException("not a cursor of this feed: bad");
        }
        List<FeedEvent> items = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Resident r : residents.all()) {
            if (visible.test(r)) {
                items.add(new FeedEvent(FeedEvent.SPEC_VERSION, "e-" + r.id(), FeedEvent.SOURCE,
                        "org.civichub.resident.updated", r.id(), Instant.parse("2024-05-01T00:00:00Z"),
                        "application/json", String.valueOf(items.size() + 1), Map.of("kinds", List.of("death"), "resident",
                        Map.of("name", r.name().value(), "idNumber", r.idNumber().value()))));
                shown.add(r.id());
            }
        }
        return new FeedPage(items, "next-" + items.size(), shown);
    }

    /** The departments entitled to hear of deaths, for any event. */
    @Override
    public List<String> recipients(Outbox.Entry entry, Resident now) {
        return Entitlements.defaults().departments().values().stream()
                .filter(e -> e.changes().contains("death")).map(e -> e.department()).sorted().toList();
    }
}
