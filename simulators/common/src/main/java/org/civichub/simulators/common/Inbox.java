package org.civichub.simulators.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hub delivered to a simulated department, in the order it arrived: each event once by
 * its id, with how many times it came again (a repeated delivery carries the same id), and every
 * delivery in the order they came, with the sequence it carried and when it came. While not
 * {@link #accepting()} the department is down and refuses deliveries. Thread-safe.
 */
public final class Inbox {

    /** One event received: its id, when it first arrived, how often it came again, and its content. */
    public record Message(String id, Instant receivedAt, int repeats, Object event) {
    }

    /** One delivery: the event's id, the sequence it carried ({@code null} when none), when it came. */
    public record Arrival(String id, Long sequence, Instant at) {
    }

    private final Map<String, Message> messages = new LinkedHashMap<>();
    private final List<Arrival> arrivals = new ArrayList<>();
    private boolean accepting = true;
    private long received;

    /**
     * Keeps an event that carried the given sequence ({@code null} when none); answers whether it is
     * new (not a repeat of an id already received).
     */
    public synchronized boolean add(String id, Long sequence, Instant at, Object event) {
        received++;
        arrivals.add(new Arrival(id, sequence, at));
        Message known = messages.get(id);
        if (known != null) {
            messages.put(id, new Message(id, known.receivedAt(), known.repeats() + 1, known.event()));
            return false;
        }
        messages.put(id, new Message(id, at, 0, event));
        return true;
    }

    public synchronized List<Message> messages() {
        return new ArrayList<>(messages.values());
    }

    /** Every delivery received, repeats included, in the order they arrived. */
    public synchronized List<Arrival> arrivals() {
        return new ArrayList<>(arrivals);
    }

    /** Deliveries received, repeats included. */
    public synchronized long received() {
        return received;
    }

    public synchronized boolean accepting() {
        return accepting;
    }

    public synchronized void setAccepting(boolean value) {
        accepting = value;
    }
}
