package org.civichub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A resident of the index, with the search fields the query mix is made from, as the hub indexed
 * them: the name in characters, its full pinyin and initials, the ID number, the address texts
 * (registered and current) and the active tag terms. Any may be missing ({@code null} or empty).
 */
record SampleResident(String name, String namePinyin, String nameInitials, String idNumber, List<String> addressText,
                      List<String> tags) {

    /** The fields read from each document. */
    static final List<String> FIELDS = List.of("name", "namePinyin", "nameInitials", "idNumber", "addressText", "tags");

    private static final ObjectMapper JSON = new ObjectMapper();

    SampleResident {
        addressText = addressText == null ? List.of() : List.copyOf(addressText);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * Up to {@code size} residents with an address under the division prefix, a random choice that
     * the seed fixes (as long as the index does not change), read straight from Elasticsearch.
     *
     * @throws BaselineFailure when Elasticsearch fails or the index has no resident in the scope
     */
    static List<SampleResident> fetch(ElasticsearchHttp es, String index, String scope, int size, long seed) {
        JsonNode answer = es.search(index, sampleQuery(scope, size, seed));
        List<SampleResident> out = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            out.add(of(hit.path("_source")));
        }
        if (out.isEmpty()) {
            throw new BaselineFailure("index " + index + " has no resident with an address under " + scope);
        }
        return out;
    }

    /** The body of the sample search: a seeded random score over the residents in the scope. */
    static String sampleQuery(String scope, int size, long seed) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", size);
        FIELDS.forEach(body.putArray("_source")::add);
        ObjectNode functionScore = body.putObject("query").putObject("function_score");
        functionScore.putObject("query").putObject("term").put("divisions", scope);
        functionScore.putObject("random_score").put("seed", seed).put("field", "_seq_no");
        functionScore.put("boost_mode", "replace");
        return body.toString();
    }

    /** A resident from the {@code _source} of its document. */
    static SampleResident of(JsonNode source) {
        return new SampleResident(text(source, "name"), text(source, "namePinyin"), text(source, "nameInitials"),
                text(source, "idNumber"), texts(source.path("addressText")), texts(source.path("tags")));
    }

    private static String text(JsonNode source, String field) {
        JsonNode v = source.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    /** A list field; Elasticsearch gives a single value as it was indexed, without the array. */
    private static List<String> texts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> {
                if (e.isTextual() && !e.asText().isBlank()) {
                    out.add(e.asText());
                }
            });
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText());
        }
        return out;
    }
}
