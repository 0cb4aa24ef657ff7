package org.civichub.connector.kit;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department system read page by page from a watermark: what a connector implements for
 * {@link PagedSyncRoutes}. Called from one thread at a time.
 */
@ConsumerType
public interface PagedSource {

    /**
     * Fetches one page.
     *
     * @param watermark the position stored after the last acknowledged page, {@code null} before the first
     * @param cursor    {@code null} for a run's first page, else the previous page's {@link SourcePage#nextCursor()}
     * @throws RetryLaterException when the source asks to be called again later; the same page is asked for again
     * @throws Exception           any other failure ends the run, which the next run resumes from the watermark
     */
    SourcePage fetch(String watermark, String cursor) throws Exception;

    /**
     * Called once the page is durably stored and the watermark advanced, before the next fetch: the
     * place to move a processed file away. A failure here ends the run; the page may be read again.
     */
    default void stored(SourcePage page) throws Exception {
    }
}
