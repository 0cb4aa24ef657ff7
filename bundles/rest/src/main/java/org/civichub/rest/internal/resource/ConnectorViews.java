package org.civichub.rest.internal.resource;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.model.DateMask;
import org.civichub.model.IdMask;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.SyncProgress;
import org.civichub.rest.internal.view.ConnectorView;
import org.civichub.rest.internal.view.CountsView;
import org.civichub.rest.internal.view.ProgressView;
import org.civichub.store.RecordCounts;

/** Maps connector states to their views. */
final class ConnectorViews {

    private ConnectorViews() {
    }

    static ConnectorView view(ConnectorStatus s) {
        Map<String, CountsView> counts = new LinkedHashMap<>();
        for (RecordCounts c : s.counts()) {
            counts.put(c.recordType(), new CountsView(c.versions(), c.records(), c.linked(), c.unlinked(), c.quarantined(),
                    c.review()));
        }
        return new ConnectorView(s.id(), s.department(), s.recordTypes(), s.state(), s.watermark(), s.lastSync(),
                DateMask.mask(IdMask.mask(s.lastError())), s.lastErrorAt(), counts, progress(s.progress()), s.node());
    }

    private static ProgressView progress(SyncProgress p) {
        return p == null ? null : new ProgressView(p.since(), p.records(), p.pages(), p.recordsPerSecond());
    }
}
