package org.civichub.rest.internal.view;

import java.util.List;

/** A page of links in record-key order; {@code next} is the {@code after} of the next page, {@code null} at the end. */
public record LinksPage(List<LinkView> items, String next) {
}
