package org.civichub.connector.generic;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.SyncRun;
import org.civichub.connector.kit.SyncSettings;
import org.civichub.model.SourceRecord;

/**
 * What the hub does with a source's pages, without Camel: runs a {@link SyncRun} page by page,
 * keeps every batch and stores each page's watermark, as the intake would. Waits are recorded,
 * never slept; {@link #onWait} may act on them.
 */
final class TestHub {

    final List<IntakeBatch> batches = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    String watermark;
    SyncRun.Sleeper onWait = d -> { };

    /** Syncs until the run ends; returns the records read. */
    int sync(PagedSource source, SyncSettings settings) throws Exception {
        return sync(source, settings, Integer.MAX_VALUE);
    }

    /** Syncs at most {@code pages} pages, as a run whose intake fails after them would. */
    int sync(PagedSource source, SyncSettings settings, int pages) throws Exception {
        SyncRun run = new SyncRun(settings, source, watermark, d -> {
            waits.add(d);
            onWait.sleep(d);
        }, Clock.systemUTC());
        int records = 0;
        for (int page = 0; page < pages && run.hasMore(); page++) {
            IntakeBatch b = run.fetchPage();
            batches.add(b);
            records += b.records().size();
            if (b.watermarkAfter() != null) {
                watermark = b.watermarkAfter();
            }
            run.pageStored();
        }
        return records;
    }

    List<SourceRecord> records() {
        return batches.stream().flatMap(b -> b.records().stream()).toList();
    }
}
