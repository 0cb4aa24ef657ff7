package org.civichub.rest.internal.resource;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.model.SourceRecord;
import org.civichub.rest.internal.view.QuarantineView;
import org.civichub.rest.internal.view.StandingView;
import org.civichub.rest.internal.view.ViolationView;
import org.civichub.store.Link;
import org.civichub.store.QuarantineEntry;

/** Maps quarantine entries to their views, masking ID-number-like values unless disclosure is full. */
final class QuarantineViews {

    private final Disclosure disclosure;

    QuarantineViews(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    QuarantineView view(QuarantineEntry e, Link now) {
        SourceRecord r = e.record();
        Map<String, String> payload = new LinkedHashMap<>();
        r.payload().forEach((k, v) -> payload.put(k, disclosure.text(v)));
        return new QuarantineView(e.id(), disclosure.text(r.key().recordKey()), r.key().department(),
                r.key().recordType(), r.sourceVersion(), r.updatedAt(), r.fetchedAt(), e.quarantinedAt(),
                e.violations().stream().map(v -> new ViolationView(v.field(), v.rule(),
                        disclosure.text(v.value()), disclosure.text(v.message()))).toList(),
                payload, now == null ? null : new StandingView(now.state().code(), now.sourceVersion(), now.connectorId(),
                        now.state() != Link.State.QUARANTINED || !now.sourceVersion().equals(r.sourceVersion())));
    }
}
