package org.civichub.connector.police.internal;

import java.time.Duration;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.RetryLaterException;
import org.civichub.connector.kit.SourcePage;

/**
 * The police register as a {@link PagedSource}: {@code queryChanges} from the watermark (the last
 * safe update time) with the service's page token as the cursor. {@code SERVICE_BUSY} asks for a
 * retry.
 */
public final class PoliceSource implements PagedSource {

    private final PoliceClient client;
    private final int pageSize;

    public PoliceSource(PoliceClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    @Override
    public SourcePage fetch(String watermark, String cursor) throws RetryLaterException {
        QueryPage page;
        try {
            page = client.queryChanges(watermark, cursor, pageSize);
        } catch (ServiceBusyException e) {
            throw new RetryLaterException(e.getMessage(), (Duration) null);
        }
        return new SourcePage(page.records(), page.isLast() ? null : page.nextPageToken(),
                PageWatermark.after(page.records(), page.isLast(), page.clock()));
    }
}
