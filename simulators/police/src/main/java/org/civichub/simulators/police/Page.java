package org.civichub.simulators.police;

import java.time.Instant;
import java.util.List;

/**
 * One page of queryChanges.
 *
 * @param changes the records in service order
 * @param next the token of the following page, or null on the last page
 * @param bound the run's inclusive upper bound
 */
record Page(List<Change> changes, PageToken next, Instant bound) {
}
