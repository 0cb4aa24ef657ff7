package org.civichub.rest.internal.view;

import java.util.Map;

/** A place on the way down to the one shown: its level, the query that opens it, its label. */
public record GridStepView(String level, Map<String, String> at, String label) {
}
