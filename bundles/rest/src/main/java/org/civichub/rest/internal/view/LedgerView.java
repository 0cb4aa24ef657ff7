package org.civichub.rest.internal.view;

import java.util.List;

/**
 * An electronic ledger (电子台账) as the screen shows it: its kind, title and subtitle (where, when,
 * who), the column headers and one row of text per resident, masked as the caller may see.
 */
public record LedgerView(String kind, String title, String subtitle, List<String> columns, List<List<String>> rows) {
}
