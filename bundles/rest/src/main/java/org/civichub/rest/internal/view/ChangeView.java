package org.civichub.rest.internal.view;

import java.time.Instant;
import java.util.List;

/**
 * A change the hub recorded to a resident: its kind ({@code created}, {@code updated}, {@code merged},
 * ...), the fields it changed, the department and record that caused it (masked) and when.
 */
public record ChangeView(String id, String kind, List<String> fields, String department, String recordKey,
                         Instant sourceUpdatedAt, Instant recordedAt) {
}
