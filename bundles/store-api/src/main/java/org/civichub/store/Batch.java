package org.civichub.store;

import java.util.List;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Household;
import org.civichub.model.Resident;

/**
 * Everything one step of the data path writes for a batch of source records: each record as
 * received with its outcome, the quarantine entries, the residents and households that changed,
 * the change events for the outbox, where each record now stands ({@link Link}), and the resolution
 * keys that point at the residents ({@link ResolverKey}).
 */
public record Batch(
        List<RawEntry> raw,
        List<QuarantineEntry> quarantine,
        List<Resident> residents,
        List<Household> households,
        List<ChangeEvent> changes,
        List<Link> links,
        List<ResolverKey> keys) {

    public Batch(List<RawEntry> raw, List<QuarantineEntry> quarantine, List<Resident> residents,
                 List<Household> households, List<ChangeEvent> changes) {
        this(raw, quarantine, residents, households, changes, List.of(), List.of());
    }

    public Batch(List<RawEntry> raw, List<QuarantineEntry> quarantine, List<Resident> residents,
                 List<Household> households, List<ChangeEvent> changes, List<Link> links) {
        this(raw, quarantine, residents, households, changes, links, List.of());
    }

    public Batch {
        raw = List.copyOf(raw);
        quarantine = List.copyOf(quarantine);
        residents = List.copyOf(residents);
        households = List.copyOf(households);
        changes = List.copyOf(changes);
        links = List.copyOf(links);
        keys = List.copyOf(keys);
    }

    public int size() {
        return raw.size() + quarantine.size() + residents.size() + households.size() + changes.size() + links.size() + keys.size();
    }
}
