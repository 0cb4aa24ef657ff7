package org.civichub.rest.internal.fakes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civichub.store.Deliveries;

/** Receipts in memory. */
public final class FakeDeliveries implements Deliveries {

    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();

    @Override
    public void record(List<Receipt> rs) {
        rs.forEach(r -> receipts.put(r.department() + ":" + r.eventId(), r));
    }

    @Override
    public Optional<Receipt> receipt(String department, String eventId) {
        return Optional.ofNullable(receipts.get(department + ":" + eventId));
    }

    @Override
    public long lastSequence(String department) {
        return receipts.values().stream().filter(r -> r.department().equals(department)).mapToLong(Receipt::sequence)
                .max().orElse(0);
    }

    @Override
    public long count(String department) {
        return receipts.values().stream().filter(r -> r.department().equals(department)).count();
    }
}
