package org.civichub.store.elasticsearch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.store.ResidentQuery;
import org.civichub.store.Scope;
import org.junit.jupiter.api.Test;

class ResidentQueriesTest {

    private static final Scope SCOPE = new Scope(Set.of("350203001", "350206"));
    private final ObjectMapper json = Json.objectMapper();

    private JsonNode bool(String text, String community) throws Exception {
        Query q = ResidentQueries.build(new ResidentQuery(text, community, 0, 20), SCOPE);
        return json.readTree(JsonpUtils.toJsonString(q, new JacksonJsonpMapper(json))).get("bool");
    }

    /** Each should-clause as {@code <query type>:<field>}. */
    private static List<String> shouldFields(JsonNode bool) {
        List<String> out = new ArrayList<>();
        bool.path("should").forEach(clause -> {
            Map.Entry<String, JsonNode> typed = clause.fields().next();
            out.add(typed.getKey() + ":" + typed.getValue().fieldNames().next());
        });
        return out;
    }

    @Test
    void theScopeIsATermsFilterOnDivisionPrefixes() throws Exception {
        JsonNode bool = bool("张三", null);

        assertThat(bool.at("/filter/0/terms/divisions").toString()).isEqualTo("[\"350203001\",\"350206\"]");
        assertThat(bool.at("/minimum_should_match").asText()).isEqualTo("1");
    }

    @Test
    void theCommunityIsASecondFilter() throws Exception {
        assertThat(bool("张三", "350203001001").at("/filter/1/term/divisions/value").asText()).isEqualTo("350203001001");
    }

    @Test
    void chineseTextMatchesNameAndAddressAsPhrases() throws Exception {
        JsonNode bool = bool("張 三", null);

        assertThat(shouldFields(bool)).containsExactly("match_phrase:name", "term:namePinyin", "match_phrase:addressText");
        assertThat(bool.at("/should/0/match_phrase/name/query").asText()).isEqualTo("张三");
        assertThat(bool.findValue("namePinyin").get("value").asText()).as("homophones too").isEqualTo("zhangsan");
        assertThat(shouldFields(bool("莲薇路292号", null))).as("not a name").doesNotContain("term:namePinyin");
    }

    @Test
    void latinTextMatchesFullPinyinInitialsAndSpacedPinyin() throws Exception {
        JsonNode bool = bool("Zhang San", null);

        assertThat(shouldFields(bool)).contains("term:namePinyin", "term:nameInitials", "match_phrase:namePinyinText");
        assertThat(bool.findValue("namePinyin").get("value").asText()).isEqualTo("zhangsan");
        assertThat(bool.findValue("namePinyinText").get("query").asText()).isEqualTo("zhang san");
    }

    @Test
    void digitsMatchIdSuffixesAndFromSixDigitsIdPrefixes() throws Exception {
        assertThat(shouldFields(bool("002x", null))).contains("term:idSuffixes").doesNotContain("term:idPrefixes");
        assertThat(bool("002x", null).findValue("idSuffixes").get("value").asText()).isEqualTo("002X");
        assertThat(shouldFields(bool("110105", null))).contains("term:idSuffixes", "term:idPrefixes");
        assertThat(shouldFields(bool("123", null))).doesNotContain("term:idSuffixes", "term:idPrefixes");
    }

    @Test
    void aWholeIdNumberIsATermOnTheIdNumber() throws Exception {
        JsonNode bool = bool("11010519491231002x", null);

        assertThat(shouldFields(bool)).contains("term:idNumber").doesNotContain("term:idSuffixes");
        assertThat(bool.findValue("idNumber").get("value").asText()).isEqualTo("11010519491231002X");
    }

    @Test
    void noTextListsEveryoneInScope() throws Exception {
        JsonNode bool = bool("  ", null);

        assertThat(bool.has("should")).isFalse();
        assertThat(bool.has("minimum_should_match")).isFalse();
    }

    @Test
    void textWithNothingSearchableFindsNothing() throws Exception {
        Query q = ResidentQueries.build(new ResidentQuery("\u200B", null, 0, 20), SCOPE);

        assertThat(q.isMatchNone()).isTrue();
    }
}
