package org.civichub.rest.internal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a resident search ({@code page} 0-based, {@code size} the page size asked for), and,
 * when a whole ID number found nobody, the residents whose number is one mistake away from it
 * ({@code suggestions}, left out when there are none).
 */
public record ResidentSearchPage(long total, int page, int size, List<ResidentSummary> items,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ResidentSummary> suggestions) {

    public ResidentSearchPage {
        items = List.copyOf(items);
        suggestions = List.copyOf(suggestions);
    }
}
