package org.civichub.feeds.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.feeds.Entitlements;
import org.civichub.model.Address;
import org.civichub.model.ChangeEvent;
import org.civichub.model.DivisionCode;
import org.civichub.model.Household;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonFragment;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Tag;
import org.civichub.store.Outbox;
import org.civichub.store.ResidentStore;

/** An outbox and residents in memory, and the feeds over them with the default entitlements. */
final class FeedFixture implements ResidentStore, Outbox {

    static final Instant AT = Instant.parse("2024-05-01T00:00:00Z");
    static final String COMMUNITY = "350203006004";

    final List<Outbox.Entry> outbox = new ArrayList<>();
    final Map<String, Resident> residents = new HashMap<>();
    /** The ids of the residents read, in order, as often as read. */
    final List<String> read = new ArrayList<>();
    final FeedService feeds = new FeedService(this, this, Entitlements.defaults());

    /** The feeds over this outbox, as read at {@code clock}'s time. */
    FeedService feedsAt(java.time.Clock clock) {
        return new FeedService(this, this, Entitlements.defaults(), clock);
    }

    /** An event whose resident is not stored (yet, or ever). */
    void withoutResident(String id) {
        synchronized (outbox) {
            residents.remove(id);
        }
    }

    @Override
    public long last() {
        synchronized (outbox) {
            return outbox.size();
        }
    }

    @Override
    public List<Outbox.Entry> after(long after, int size) {
        synchronized (outbox) {
            return outbox.stream().filter(e -> e.sequence() > after).limit(size).toList();
        }
    }

    /** Findings about a record of {@code department}, and the event. */
    void finding(String department, String key, String... findings) {
        synchronized (outbox) {
            outbox.add(new Outbox.Entry(outbox.size() + 1, new ChangeEvent(null, "record", "rec" + key,
                    "finding", List.of(findings), new Provenance(department, department + "/person/" + key, "v7", AT),
                    AT)));
        }
    }

    /** A resident two departments disagree on the status of, and the event that opened the conflict. */
    void conflicting(String id, String caused) {
        Provenance police = new Provenance("police", "police/person/" + id, "v1", AT);
        Provenance civil = new Provenance("civil", "civil/death/" + id, "v1", AT.plusSeconds(1));
        org.civichub.model.Claim alive = new org.civichub.model.Claim("status", "0", police);
        org.civichub.model.Claim dead = new org.civichub.model.Claim("status", "1", civil);
        Resident r = Resident.of(id, PersonFragment.from(police).name("某" + id).status(PersonStatus.ACTIVE)
                .registeredAddress(Address.parse(new DivisionCode(COMMUNITY), "思明区大同路1号")).build())
                .withConflicts(List.of(new org.civichub.model.Conflict("status", List.of(dead, alive),
                        List.of("civil/police"), null)));
        synchronized (outbox) {
            residents.put(id, r);
            outbox.add(new Outbox.Entry(outbox.size() + 1, new ChangeEvent(null, "resident", id, "updated",
                    List.of("conflicts", "conflicts.civil", "conflicts.police"), "civil".equals(caused) ? civil : police,
                    AT)));
        }
    }

    @Override
    public Map<String, Long> sequences(Collection<String> ids) {
        synchronized (outbox) {
            Map<String, Long> out = new HashMap<>();
            outbox.stream().filter(e -> ids.contains(e.event().id()) && !moved.contains(e.sequence()))
                    .forEach(e -> out.put(e.event().id(), e.sequence()));
            return out;
        }
    }

    /** The sequences of events written again further on since the search last showed them. */
    final java.util.Set<Long> moved = new java.util.HashSet<>();

    /** Writes the event at {@code sequence} again at the end of the outbox, as a batch done again does. */
    void writtenAgain(long sequence) {
        synchronized (outbox) {
            Outbox.Entry was = outbox.stream().filter(e -> e.sequence() == sequence).findFirst().orElseThrow();
            moved.add(sequence);
            outbox.add(new Outbox.Entry(outbox.size() + 1, was.event()));
        }
    }

    @Override
    public List<Outbox.Entry> causedBy(String recordKey, int size) {
        synchronized (outbox) {
            return outbox.stream().filter(e -> e.event().cause().recordKey().equals(recordKey)).limit(size).toList();
        }
    }

    @Override
    public List<Outbox.Entry> about(String entityId, int size) {
        synchronized (outbox) {
            List<Outbox.Entry> out = new java.util.ArrayList<>(outbox.stream()
                    .filter(e -> e.event().entityId().equals(entityId)).toList());
            java.util.Collections.reverse(out);
            return out.stream().limit(size).toList();
        }
    }

    /** A resident of the community who died, and the event. */
    void died(String id, String idNumber) {
        add(id, idNumber, PersonStatus.DECEASED, "updated", List.of("status"));
    }

    /** A resident of the community who died, as {@code department}'s record says, and the event. */
    void died(String department, String id, String idNumber) {
        add(department, id, idNumber, PersonStatus.DECEASED, "updated", List.of("status"));
    }

    void add(String id, String idNumber, PersonStatus status, String kind, List<String> fields, Tag... tags) {
        add("community", id, idNumber, status, kind, fields, tags);
    }

    void add(String department, String id, String idNumber, PersonStatus status, String kind, List<String> fields,
             Tag... tags) {
        Provenance p = new Provenance(department, department + "/x/" + id, "v1", AT);
        PersonFragment.Builder b = PersonFragment.from(p).name("某" + id).status(status)
                .birthDate(LocalDate.of(1990, 3, 7))
                .registeredAddress(Address.parse(new DivisionCode(COMMUNITY), "思明区大同路1号"));
        if (idNumber != null) {
            b.idNumber(IdNumber.parse(idNumber));
        }
        for (Tag t : tags) {
            b.tag(t);
        }
        synchronized (outbox) {
            residents.put(id, Resident.of(id, b.build()));
            outbox.add(new Outbox.Entry(outbox.size() + 1, new ChangeEvent(null, "resident", id, kind, fields, p, AT,
                    fields.contains("status") ? status.code() : null)));
        }
    }

    @Override
    public Map<String, Resident> residents(Collection<String> ids) {
        synchronized (outbox) {
            read.addAll(ids);
            Map<String, Resident> out = new HashMap<>();
            ids.stream().filter(residents::containsKey).forEach(i -> out.put(i, residents.get(i)));
            return out;
        }
    }

    @Override
    public Map<String, Household> households(Collection<String> ids) {
        return Map.of();
    }
}
