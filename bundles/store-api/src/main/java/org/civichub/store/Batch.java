package org.civichub.store;

import java.util.List;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Household;
import org.civichub.model.Resident;

/**
 * Everything one step of the data path writes for a batch of source records: each record as
 * received with its outcome, the quarantine entries, the residents and households that changed,
 * the change events for the outbox, and where each record now stands ({@link Link}).
 */
public record Batch(
        List<RawEntry> raw,
        List<QuarantineEntry> quarantine,
        List<Resident> residents,
        List<Household> households,
        List<ChangeEvent> changes,
        List<Link> links) {

    public Batch(List<RawEntry> raw, List<QuarantineEntry> quarantine, List<Resident> residents,
                 List<Household> households, List<ChangeEvent> changes) {
        this(raw, quarantine, residents, households, changes, List.of());
    }

    public Batch {
        raw = List.copyOf(raw);
        quarantine = List.copyOf(quarantine);
        residents = List.copyOf(residents);
        households = List.copyOf(households);
        changes = List.copyOf(changes);
        links = List.copyOf(links);
    }

    public int size() {
        return raw.size() + quarantine.size() + residents.size() + households.size() + changes.size() + links.size();
    }
}
