package org.civichub.rest.internal.operations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of {@code GET /health}: the overall status and each component's, as {@code up},
 * {@code degraded} or {@code down}. States only: nothing personal and no error messages.
 *
 * @param components {@code hub}, {@code elasticsearch} and {@code connector:<id>} for each connector, in this order
 */
public record HealthView(String status, Map<String, String> components) {

    public HealthView {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }
}
