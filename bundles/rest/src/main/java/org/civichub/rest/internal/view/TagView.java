package org.civichub.rest.internal.view;

import java.time.LocalDate;

/** A tagged fact of a resident: kind (code and label), status, what and how much, validity, and its source. */
public record TagView(String kind, String label, String status, String detail, String grade, LocalDate from,
                      LocalDate to, SourceView source) {
}
