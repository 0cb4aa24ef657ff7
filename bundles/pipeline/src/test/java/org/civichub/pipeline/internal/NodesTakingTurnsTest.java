package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civichub.pipeline.internal.PoliceRecords.CONNECTOR;
import static org.civichub.pipeline.internal.PoliceRecords.floating;
import static org.civichub.pipeline.internal.PoliceRecords.idNumber;
import static org.civichub.pipeline.internal.PoliceRecords.page;
import static org.civichub.pipeline.internal.PoliceRecords.person;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.model.IdNumber;
import org.civichub.store.Lease;
import org.junit.jupiter.api.Test;

/**
 * Two hub nodes on one store taking the intake in turns: the keys one node keeps in memory never
 * hide a resident the other founded meanwhile.
 */
class NodesTakingTurnsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String WANG = idNumber("19650312", 31);
    private static final String LI = idNumber("19680705", 42);
    private static final String CHEN = idNumber("19900307", 24);
    private static final String HUANG = idNumber("19900215", 66);

    /** The intake lock as the store keeps it: its fencing number moves on when another node takes it. */
    private static final class StoreLock {
        private String holder;
        private long fencing;

        synchronized Lease take(String node) {
            if (!node.equals(holder)) {
                holder = node;
                fencing++;
            }
            return new Lease(IntakeRoutes.INTAKE_LOCK, node, Instant.MAX, fencing);
        }
    }

    private static AloneNode node(String name, StoreLock lock) {
        return new AloneNode() {
            @Override
            public String node() {
                return name;
            }

            @Override
            public Lease lock(String lease) {
                return lock.take(name);
            }
        };
    }

    @Test
    void aNodeBackAtTheIntakeFindsTheResidentsTheOtherFoundedWhileItKeptTheKeysInMemory() throws Exception {
        MemoryStore store = new MemoryStore();
        StoreLock lock = new StoreLock();
        try (IntakeHub a = hub(store, node("a", lock)); IntakeHub b = hub(store, node("b", lock))) {
            a.send(page(person(WANG, "王建国", "H3502030060001", "02", "2024-01-10 09:00:01")));
            a.send(page(person(LI, "李秀英", "H3502030060001", "10", "2024-01-10 09:00:02")));

            b.send(page(person(CHEN, "陈美玲", "H3502030060004", "02", "2024-01-10 09:00:03")));
            a.send(page(floating("JZ350203000457", CHEN, "陈美玲", "2024-01-10 09:00:04")));

            b.send(page(person(HUANG, "黄丽华", "H3502030060003", "02", "2024-01-10 09:00:05")));
            a.send(page(floating("JZ350203000458", HUANG, "黄丽华", "2024-01-10 09:00:06")));
            a.send(page(floating("JZ350203000459", CHEN, "陈美玲", "2024-01-10 09:00:07"),
                    floating("JZ350203000460", WANG, "王建国", "2024-01-10 09:00:08")));
        }

        for (String id : new String[] {WANG, LI, CHEN, HUANG}) {
            IdNumber number = IdNumber.parse(id);
            assertThat(store.residents().values()).as(id).filteredOn(r -> number.equals(r.idNumber())).hasSize(1);
        }
        assertThat(store.residents()).hasSize(4);
    }

    private static IntakeHub hub(MemoryStore store, AloneNode node) throws Exception {
        return new IntakeHub(Map.of(CONNECTOR, new PoliceMapper()), store, HubStores.of(store), CLOCK, node);
    }
}
