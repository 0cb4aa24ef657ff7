package org.civichub.rest.internal.view;

import java.util.List;
import java.util.Map;

/**
 * Records whose latest version has data-quality findings, in position order, with how many records have
 * each finding; {@code next} is the {@code after} of the next page, {@code null} at the end.
 */
public record FindingsPage(Map<String, Long> counts, List<FindingView> items, String next) {
}
