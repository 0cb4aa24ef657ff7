package org.civichub.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a department's pull feed holds against what its system received by push: {@code events} the
 * distinct events of the feed, {@code missing} those that never arrived, {@code outOfOrder} events
 * whose last arrival came after the last arrival of an event the feed holds later, {@code repeats}
 * arrivals of an event already received (allowed: delivery is at least once), {@code extra}
 * arrivals of events the feed does not hold.
 *
 * <p>The order is judged by each event's last arrival and its last place in the feed, as the feeds
 * promise it: an event the hub writes again (a batch done again) comes again later, so a department
 * may have had an earlier copy before the events it now follows; applying what arrives in its order
 * still ends with each event in the feed's order.
 */
record FeedAccount(long events, long missing, long outOfOrder, long repeats, long extra) {

    /**
     * @param feed     the event ids of the feed in its order
     * @param arrivals the event ids the department received, in the order they arrived, repeats included
     */
    static FeedAccount of(List<String> feed, List<String> arrivals) {
        Map<String, Integer> place = places(feed);
        Map<String, Integer> last = places(arrivals);
        long extra = last.keySet().stream().filter(id -> !place.containsKey(id)).count();
        long missing = place.keySet().stream().filter(id -> !last.containsKey(id)).count();
        long outOfOrder = outOfOrder(place, arrivals, last).size();
        return new FeedAccount(place.size(), missing, outOfOrder, arrivals.size() - last.size(), extra);
    }

    /**
     * The first event out of order, to look up: its id, last place in the feed and last arrival, and
     * the event whose last arrival it came after though the feed holds it later; empty when none is.
     */
    static java.util.Optional<String> firstOutOfOrder(List<String> feed, List<String> arrivals) {
        Map<String, Integer> place = places(feed);
        Map<String, Integer> last = places(arrivals);
        return outOfOrder(place, arrivals, last).stream().findFirst();
    }

    /** Each id's last index in the list. */
    private static Map<String, Integer> places(List<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), i);
        }
        return out;
    }

    /** The events whose last arrival is out of the feed's order, described, in arrival order. */
    private static List<String> outOfOrder(Map<String, Integer> place, List<String> arrivals, Map<String, Integer> last) {
        List<String> out = new java.util.ArrayList<>();
        int latest = -1;
        String latestId = null;
        for (int i = 0; i < arrivals.size(); i++) {
            String id = arrivals.get(i);
            Integer at = place.get(id);
            if (at == null || last.get(id) != i) {
                continue;
            }
            if (at < latest) {
                out.add(id + " (feed place " + at + ", arrival " + i + ") after " + latestId + " (feed place " + latest + ")");
            } else {
                latest = at;
                latestId = id;
            }
        }
        return out;
    }

    String line(String department) {
        return "feed " + department + " events=" + events + " missing=" + missing + " out_of_order=" + outOfOrder
                + " repeats=" + repeats + " extra=" + extra;
    }
}
