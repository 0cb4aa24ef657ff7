package org.civichub.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a department's pull feed holds against what its system received by push, judged as a
 * department that follows the feeds' contract applies it: in the order the deliveries arrived,
 * skipping a <em>late copy</em>, one whose sequence is not above the highest it applied (an event
 * it had already: delivered again after the hub restarted, or a delivery the hub gave up on after a
 * timeout that the department's system processed late).
 *
 * <p>{@code events} are the distinct events of the feed, {@code missing} those that never arrived,
 * {@code outOfOrder} those that arrived but never in the feed's order: only as late copies, or last
 * applied after an event the feed holds later; {@code repeats} arrivals of an event already received
 * (allowed: delivery is at least once), {@code late} the late copies among all arrivals, {@code extra}
 * arrivals of events the feed does not hold.
 *
 * <p>An event the hub writes again (a batch done again) comes again later, at a higher sequence, so
 * a department may have had an earlier copy before the events it now follows; it is judged by its
 * last copy applied and its last place in the feed. An arrival whose sequence is unknown (below 0)
 * is never a late copy.
 */
record FeedAccount(long events, long missing, long outOfOrder, long repeats, long late, long extra) {

    /** One event of a feed, or one delivery of it: its id and its sequence (-1 when unknown). */
    record Delivery(String id, long sequence) {
    }

    /**
     * @param feed     the event ids of the feed in its order
     * @param arrivals what the department received, in the order it arrived, repeats included
     */
    static FeedAccount of(List<String> feed, List<Delivery> arrivals) {
        Map<String, Integer> place = places(feed);
        List<String> applied = applied(arrivals);
        Map<String, Integer> received = places(arrivals.stream().map(Delivery::id).toList());
        long extra = received.keySet().stream().filter(id -> !place.containsKey(id)).count();
        long missing = place.keySet().stream().filter(id -> !received.containsKey(id)).count();
        long onlyLate = received.keySet().stream().filter(place::containsKey).count()
                - places(applied).keySet().stream().filter(place::containsKey).count();
        long outOfOrder = onlyLate + outOfOrder(place, applied).size();
        return new FeedAccount(place.size(), missing, outOfOrder, arrivals.size() - received.size(),
                arrivals.size() - applied.size(), extra);
    }

    /**
     * The first event out of order, to look up: its id, last place in the feed and last arrival
     * applied, and the event whose last arrival it came after though the feed holds it later; or an
     * event that came only as late copies. Empty when none is.
     */
    static Optional<String> firstOutOfOrder(List<String> feed, List<Delivery> arrivals) {
        Map<String, Integer> place = places(feed);
        List<String> applied = applied(arrivals);
        Map<String, Integer> kept = places(applied);
        Optional<String> onlyLate = arrivals.stream().map(Delivery::id)
                .filter(id -> place.containsKey(id) && !kept.containsKey(id)).findFirst()
                .map(id -> id + " (feed place " + place.get(id) + ") came only as late copies");
        return outOfOrder(place, applied).stream().findFirst().or(() -> onlyLate);
    }

    /** The ids of the arrivals a department applies, in order: every arrival but the late copies. */
    private static List<String> applied(List<Delivery> arrivals) {
        List<String> out = new ArrayList<>(arrivals.size());
        long highest = -1;
        for (Delivery d : arrivals) {
            if (d.sequence() >= 0 && d.sequence() <= highest) {
                continue;
            }
            highest = Math.max(highest, d.sequence());
            out.add(d.id());
        }
        return out;
    }

    /** Each id's last index in the list. */
    private static Map<String, Integer> places(List<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), i);
        }
        return out;
    }

    /** The events whose last arrival applied is out of the feed's order, described, in arrival order. */
    private static List<String> outOfOrder(Map<String, Integer> place, List<String> applied) {
        Map<String, Integer> last = places(applied);
        List<String> out = new ArrayList<>();
        int latest = -1;
        String latestId = null;
        for (int i = 0; i < applied.size(); i++) {
            String id = applied.get(i);
            Integer at = place.get(id);
            if (at == null || last.get(id) != i) {
                continue;
            }
            if (at < latest) {
                out.add(id + " (feed place " + at + ", arrival applied " + i + ") after " + latestId + " (feed place "
                        + latest + ")");
            } else {
                latest = at;
                latestId = id;
            }
        }
        return out;
    }

    String line(String department) {
        return "feed " + department + " events=" + events + " missing=" + missing + " out_of_order=" + outOfOrder
                + " repeats=" + repeats + " late=" + late + " extra=" + extra;
    }
}
