package org.civichub.rest.internal.view;

/** How many residents have an active tag: {@code tag} is what {@code ?tag=} takes. */
public record TagCountView(String tag, String kind, String label, String detail, long residents) {
}
