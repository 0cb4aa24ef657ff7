package org.civichub.connector.civil;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SyncRun;
import org.civichub.connector.kit.SyncSettings;
import org.civichub.model.SourceRecord;

/**
 * What the hub does with a source's pages, without Camel: runs a {@link SyncRun} page by page,
 * keeps every batch and stores each page's watermark, as the intake would. Waits are recorded,
 * never slept; {@link #onWait} may act on them (e.g. move the simulator's rate-limit ticker).
 */
final class TestHub {

    final List<IntakeBatch> batches = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    String watermark;
    SyncRun.Sleeper onWait = d -> { };

    /** Syncs until the run ends. */
    int sync(PagedSource source, SyncSettings settings) throws Exception {
        return sync(source, settings, Integer.MAX_VALUE);
    }

    /** Syncs at most {@code pages} pages, as a run that fails after them would; returns the records read. */
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

    List<SourceRecord> records(String type) {
        return records().stream().filter(r -> r.key().recordType().equals(type)).toList();
    }

    Map<String, String> positions() {
        return Positions.parse(watermark).byStream();
    }
}
