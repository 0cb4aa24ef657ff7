package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;
import org.junit.jupiter.api.Test;

/** Entitlements coming into force are on record in the audit, with what they are. */
class EntitlementsAuditTest {

    private final FeedFixture fixture = new FeedFixture();
    private final List<AuditEntry> entries = new ArrayList<>();
    private final AuditLog audit = new AuditLog() {
        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException();
        }
    };

    private static Map<String, Object> config(int version, String policeChanges) {
        Map<String, Object> p = new HashMap<>();
        p.put("version", String.valueOf(version));
        p.put("police.changes", policeChanges);
        p.put("police.fields", "idNumber, name, status");
        p.put("police.facts", "alive");
        return p;
    }

    @Test
    void everyEntitlementsInForceAreAuditedWithTheirVersionAndADigestOfWhatTheySay() {
        new FeedService(fixture, fixture, audit, config(2, "death"));
        new FeedService(fixture, fixture, audit, config(3, "death, birth"));
        new FeedService(fixture, fixture, audit, config(3, "death, birth"));

        assertThat(entries).extracting(AuditEntry::action).containsOnly("entitlements.applied");
        assertThat(entries.get(0).query()).startsWith("version=2 departments=police sha256=");
        assertThat(entries.get(1).query()).startsWith("version=3 ");
        assertThat(digest(entries.get(1))).as("another content").isNotEqualTo(digest(entries.get(0)));
        assertThat(digest(entries.get(2))).as("the same content").isEqualTo(digest(entries.get(1)));
    }

    @Test
    void anAuditThatCannotBeWrittenLeavesTheEntitlementsInForce() {
        AuditLog down = new AuditLog() {
            @Override
            public void record(AuditEntry entry) {
                throw new IllegalStateException("the store is down");
            }

            @Override
            public AuditVerification verify() {
                throw new UnsupportedOperationException();
            }
        };

        FeedService feeds = new FeedService(fixture, fixture, down, config(4, "death"));

        assertThat(feeds.entitlements().version()).isEqualTo(4);
    }

    private static String digest(AuditEntry e) {
        return e.query().substring(e.query().indexOf("sha256="));
    }
}
