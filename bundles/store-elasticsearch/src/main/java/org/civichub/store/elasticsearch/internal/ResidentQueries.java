package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civichub.model.IdNumber;
import org.civichub.store.Place;
import org.civichub.store.ResidentQuery;
import org.civichub.store.Scope;
import org.civichub.store.elasticsearch.internal.document.SearchTerms;

/**
 * The Elasticsearch query for a resident search. The scope and the community are filters on the
 * indexed division-code prefixes, each tag a filter on the active tag terms, each conflict one on
 * the conflict terms; the text must match at least one of: the name's characters (as a phrase), a
 * name written in characters that sound the same (a homophone typo: the same full pinyin), its full
 * pinyin or initials, the whole or a leading or trailing part of the ID number, or a phrase of an
 * address. The place is a filter on where the resident lives. Text that can match none of these finds nothing. A name's own characters score above
 * its homophones, as they match both ways.
 */
final class ResidentQueries {

    private ResidentQueries() {
    }

    static Query build(ResidentQuery query, Scope scope) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(scope(scope));
        if (query.community() != null && !query.community().isBlank()) {
            bool.filter(QueryBuilders.term(t -> t.field("divisions").value(query.community().strip())));
        }
        if (query.place() != null) {
            bool.filter(place(query.place()));
        }
        for (String tag : query.tags()) {
            bool.filter(QueryBuilders.term(t -> t.field("tags").value(tag.strip())));
        }
        for (String conflict : query.conflicts()) {
            bool.filter(ResidentQuery.ANY_CONFLICT.equals(conflict) ? QueryBuilders.exists(e -> e.field("conflicts"))
                    : QueryBuilders.term(t -> t.field("conflicts").value(conflict.strip())));
        }
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            List<Query> should = textClauses(text);
            if (should.isEmpty()) {
                return QueryBuilders.matchNone(m -> m);
            }
            bool.should(should).minimumShouldMatch("1");
        }
        return bool.build()._toQuery();
    }

    /**
     * The residents in the scope: an address under one of its division prefixes (the indexed prefixes
     * of both addresses), or living in one of its places.
     */
    static Query scope(Scope scope) {
        List<Query> any = new ArrayList<>();
        if (!scope.divisionPrefixes().isEmpty()) {
            List<FieldValue> prefixes = scope.divisionPrefixes().stream().sorted().map(FieldValue::of).toList();
            any.add(QueryBuilders.terms(t -> t.field("divisions").terms(v -> v.value(prefixes))));
        }
        scope.places().forEach(p -> any.add(place(p)));
        return any.isEmpty() ? QueryBuilders.matchNone(m -> m)
                : any.size() == 1 ? any.get(0) : QueryBuilders.bool(b -> b.should(any).minimumShouldMatch("1"));
    }

    /** The residents living in the place: filters on the indexed {@code place} of each resident. */
    static Query place(Place place) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.filter(QueryBuilders.prefix(p -> p.field("place.division").value(place.division())));
        if (!place.buildings().isEmpty()) {
            bool.filter(QueryBuilders.terms(t -> t.field("place.building")
                    .terms(v -> v.value(place.buildings().stream().map(FieldValue::of).toList()))));
        }
        placePart(bool, "place.unit", place.unit());
        placePart(bool, "place.floor", place.floor());
        placePart(bool, "place.room", place.room());
        return bool.build()._toQuery();
    }

    private static void placePart(BoolQuery.Builder bool, String field, String value) {
        if (Place.UNKNOWN.equals(value)) {
            bool.mustNot(QueryBuilders.exists(e -> e.field(field)));
        } else if (value != null) {
            bool.filter(term(field, value));
        }
    }

    static List<Query> textClauses(String text) {
        List<Query> should = new ArrayList<>();
        String name = SearchTerms.name(text);
        if (!name.isBlank()) {
            should.add(QueryBuilders.matchPhrase(m -> m.field("name").query(name)));
        }
        String sounds = SearchTerms.namePinyin(name);
        if (sounds != null) {
            should.add(term("namePinyin", sounds));
        }
        String pinyin = SearchTerms.pinyinKey(text);
        if (pinyin != null) {
            should.add(term("namePinyin", pinyin));
            should.add(term("nameInitials", pinyin));
            String spaced = text.toLowerCase(Locale.ROOT).replace('ü', 'v');
            should.add(QueryBuilders.matchPhrase(m -> m.field("namePinyinText").query(spaced)));
        }
        String id = IdNumber.normalize(text);
        if (id.matches("\\d*[\\dX]") && id.length() >= SearchTerms.MIN_ID_SUFFIX) {
            if (id.length() == 18) {
                should.add(term("idNumber", id));
            } else {
                should.add(term("idSuffixes", id));
                if (id.length() >= SearchTerms.MIN_ID_PREFIX) {
                    should.add(term("idPrefixes", id));
                }
            }
        }
        String address = SearchTerms.address(text);
        if (!address.isBlank()) {
            should.add(QueryBuilders.matchPhrase(m -> m.field("addressText").query(address)));
        }
        return should;
    }

    private static Query term(String field, String value) {
        return QueryBuilders.term(t -> t.field(field).value(value));
    }

    /**
     * The query for the residents whose ID number is one character or one adjacent transposition
     * away from {@code idNumber}, but not it, in the scope: what a mistyped number may have meant.
     */
    static Query similarIdNumbers(String idNumber, Scope scope) {
        return QueryBuilders.bool(b -> b
                .filter(scope(scope))
                .must(QueryBuilders.fuzzy(f -> f.field("idNumber").value(idNumber).fuzziness("1").transpositions(true)
                        .maxExpansions(50)))
                .mustNot(term("idNumber", idNumber)));
    }
}
