package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.civichub.bench.SearchQuery.Kind;
import org.junit.jupiter.api.Test;

class SearchRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode body(SearchQuery q) throws Exception {
        return JSON.readTree(SearchRequests.elasticsearchBody("civichub-demo-residents", q, "350203"));
    }

    /** Each should-clause as {@code <query type>:<field>}. */
    private static List<String> shouldFields(JsonNode bool) {
        List<String> out = new ArrayList<>();
        bool.path("should").forEach(c -> {
            String type = c.fieldNames().next();
            out.add(type + ":" + c.get(type).fieldNames().next());
        });
        return out;
    }

    @Test
    void theBodyIsTheHubsQueryWithTheScopeFilterAndTheTextClauses() throws Exception {
        JsonNode body = body(new SearchQuery(Kind.NAME, "张伟", null));
        JsonNode bool = body.at("/query/bool");

        assertThat(bool.at("/filter/0/terms/divisions").toString()).isEqualTo("[\"350203\"]");
        assertThat(shouldFields(bool)).containsExactly("match_phrase:name", "term:namePinyin", "match_phrase:addressText");
        assertThat(bool.at("/should/0/match_phrase/name/query").asText()).isEqualTo("张伟");
        assertThat(bool.at("/minimum_should_match").asText()).isEqualTo("1");
        assertThat(body.path("from").asInt(-1)).isZero();
        assertThat(body.path("size").asInt()).isEqualTo(20);
        assertThat(body.path("track_total_hits").asBoolean()).isTrue();
        assertThat(body.at("/sort/0/_score/order").asText()).isEqualTo("desc");
        assertThat(body.at("/sort/1/id/order").asText()).isEqualTo("asc");
        assertThat(body.has("index")).as("the index is in the URL, not the body").isFalse();
        assertThat(body.at("/_source/includes").toString()).as("the summary a results page shows")
                .contains("\"resident.name\"").doesNotContain("resident.claims").doesNotContain("resident.sources");
    }

    @Test
    void pinyinAndIdSuffixesAreTermClauses() throws Exception {
        assertThat(shouldFields(body(new SearchQuery(Kind.PINYIN, "zhangwei", null)).at("/query/bool")))
                .contains("term:namePinyin", "term:nameInitials", "match_phrase:namePinyinText");
        JsonNode id = body(new SearchQuery(Kind.ID_SUFFIX, "002x", null)).at("/query/bool");
        assertThat(shouldFields(id)).contains("term:idSuffixes");
        assertThat(id.findValue("idSuffixes").get("value").asText()).isEqualTo("002X");
    }

    @Test
    void aTagIsASecondFilterAndATagAloneListsByPlace() throws Exception {
        JsonNode withName = body(new SearchQuery(Kind.TAG, "张伟", "floating"));
        assertThat(withName.at("/query/bool/filter/1/term/tags/value").asText()).isEqualTo("floating");
        assertThat(shouldFields(withName.at("/query/bool"))).contains("match_phrase:name");

        JsonNode alone = body(new SearchQuery(Kind.TAG, null, "elderly-alone"));
        assertThat(alone.at("/query/bool/filter/0/terms/divisions").toString()).isEqualTo("[\"350203\"]");
        assertThat(alone.at("/query/bool/filter/1/term/tags/value").asText()).isEqualTo("elderly-alone");
        assertThat(alone.at("/query/bool").has("should")).isFalse();
        assertThat(alone.at("/sort/0/place.division/order").asText()).isEqualTo("asc");
    }

    @Test
    void elasticsearchRequestsPostTheBodyToTheIndex() {
        List<HttpRequest> requests = SearchRequests.elasticsearch(URI.create("http://127.0.0.1:9200"),
                "civichub-demo-residents", "350203", List.of(new SearchQuery(Kind.NAME, "张伟", null)));
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.uri()).hasToString("http://127.0.0.1:9200/civichub-demo-residents/_search?typed_keys=true");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        });
    }

    @Test
    void apiRequestsCarryTheTextTheTagAndTheSessionCookie() {
        URI api = URI.create("http://127.0.0.1:8181/api/v1");
        assertThat(SearchRequests.apiUri(api, new SearchQuery(Kind.NAME, "张伟", null)))
                .hasToString("http://127.0.0.1:8181/api/v1/residents?q=%E5%BC%A0%E4%BC%9F&size=20");
        assertThat(SearchRequests.apiUri(api, new SearchQuery(Kind.TAG, "张伟", "elderly-alone")))
                .hasToString("http://127.0.0.1:8181/api/v1/residents?q=%E5%BC%A0%E4%BC%9F&tag=elderly-alone&size=20");
        assertThat(SearchRequests.apiUri(api, new SearchQuery(Kind.TAG, null, "floating")))
                .hasToString("http://127.0.0.1:8181/api/v1/residents?tag=floating&size=20");

        HttpRequest r = SearchRequests.api(api, "civichub_session=abc", List.of(new SearchQuery(Kind.INITIALS, "zw", null)))
                .get(0);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.headers().firstValue("Cookie")).hasValue("civichub_session=abc");
        assertThat(r.headers().firstValue("Authorization")).as("the password is checked once, at the login").isEmpty();
    }

    @Test
    void theLoginSendsNameAndPasswordAsJsonAndItsSessionCookieIsFound() {
        HttpRequest login = SearchRequests.login(URI.create("http://127.0.0.1:8181/api/v1"), "demo", "p\"w\\");
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.uri()).hasToString("http://127.0.0.1:8181/api/v1/session");
        assertThat(SearchRequests.sessionCookie(List.of("other=1; Path=/",
                "civichub_session=abc; Path=/; HttpOnly; SameSite=Strict"))).hasValue("civichub_session=abc");
        assertThat(SearchRequests.sessionCookie(List.of("civichub_session=; Max-Age=0"))).isEmpty();
    }
}
