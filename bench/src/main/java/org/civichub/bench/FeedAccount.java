package org.civichub.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a department's pull feed holds against what its system received by push: {@code events} the
 * distinct events of the feed, {@code missing} those that never arrived, {@code outOfOrder} arrivals
 * that came after an event the feed holds later (each event placed at its first place in the feed,
 * by its first arrival), {@code repeats} arrivals of an event already received (allowed: delivery is
 * at least once), {@code extra} arrivals of events the feed does not hold.
 */
record FeedAccount(long events, long missing, long outOfOrder, long repeats, long extra) {

    /**
     * @param feed     the event ids of the feed in its order (an event written again comes again later)
     * @param arrivals the event ids the department received, in the order they arrived, repeats included
     */
    static FeedAccount of(List<String> feed, List<String> arrivals) {
        Map<String, Integer> place = new HashMap<>();
        for (String id : feed) {
            place.putIfAbsent(id, place.size());
        }
        Set<String> received = new HashSet<>();
        long repeats = 0;
        long extra = 0;
        long outOfOrder = 0;
        int latest = -1;
        for (String id : arrivals) {
            if (!received.add(id)) {
                repeats++;
                continue;
            }
            Integer at = place.get(id);
            if (at == null) {
                extra++;
            } else if (at < latest) {
                outOfOrder++;
            } else {
                latest = at;
            }
        }
        long missing = place.keySet().stream().filter(id -> !received.contains(id)).count();
        return new FeedAccount(place.size(), missing, outOfOrder, repeats, extra);
    }

    /**
     * The first arrival out of order, to look up: its id and place in the feed, its place among the
     * arrivals, and the event it came after that the feed holds later; empty when all are in order.
     */
    static java.util.Optional<String> firstOutOfOrder(List<String> feed, List<String> arrivals) {
        Map<String, Integer> place = new HashMap<>();
        for (String id : feed) {
            place.putIfAbsent(id, place.size());
        }
        Set<String> received = new HashSet<>();
        String latestId = null;
        int latest = -1;
        for (int i = 0; i < arrivals.size(); i++) {
            String id = arrivals.get(i);
            Integer at = received.add(id) ? place.get(id) : null;
            if (at != null && at < latest) {
                return java.util.Optional.of(id + " (feed place " + at + ", arrival " + i + ") after " + latestId
                        + " (feed place " + latest + ")");
            } else if (at != null) {
                latest = at;
                latestId = id;
            }
        }
        return java.util.Optional.empty();
    }

    String line(String department) {
        return "feed " + department + " events=" + events + " missing=" + missing + " out_of_order=" + outOfOrder
                + " repeats=" + repeats + " extra=" + extra;
    }
}
