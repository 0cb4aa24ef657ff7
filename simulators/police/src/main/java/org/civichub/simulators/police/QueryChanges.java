package org.civichub.simulators.police;

import java.time.Instant;

/**
 * A parsed queryChanges request.
 *
 * @param since the exclusive lower bound, or null for the beginning
 * @param pageToken the token of the page to continue after, or null for a first page
 * @param pageSize the page size, already capped to {@link PoliceContract#MAX_PAGE_SIZE}
 */
record QueryChanges(Instant since, String pageToken, int pageSize) {
}
