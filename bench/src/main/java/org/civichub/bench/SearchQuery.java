package org.civichub.bench;

import java.util.List;
import org.civichub.store.ResidentQuery;

/**
 * One search of the mix, as a community worker types it: {@code text} in the search box (or
 * {@code null}) and {@code tag}, an active tag kind to filter on (or {@code null}); at least one
 * of them is given.
 */
record SearchQuery(Kind kind, String text, String tag) {

    /** The results asked for per search: the API's page size. */
    static final int PAGE_SIZE = 20;

    /** What a search looks for, with its share of the mix in percent. */
    enum Kind {
        NAME("name", 35),
        PINYIN("pinyin", 15),
        INITIALS("initials", 10),
        ID_SUFFIX("id_suffix", 20),
        ADDRESS("address", 15),
        TAG("tag", 5);

        private final String label;
        private final int weight;

        Kind(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }

        String label() {
            return label;
        }

        int weight() {
            return weight;
        }
    }

    SearchQuery {
        if (kind == null || (text == null || text.isBlank()) && (tag == null || tag.isBlank())) {
            throw new IllegalArgumentException("a search has a kind and a text or a tag");
        }
    }

    /** The search as the hub's API passes it to the store: first page, {@value #PAGE_SIZE} results. */
    ResidentQuery toResidentQuery() {
        return new ResidentQuery(text, null, tag == null ? List.of() : List.of(tag), 0, PAGE_SIZE);
    }

    /** {@code 张伟}, {@code 张伟 +floating} or {@code +floating}, for comment lines. */
    String describe() {
        return text == null ? "+" + tag : tag == null ? text : text + " +" + tag;
    }
}
