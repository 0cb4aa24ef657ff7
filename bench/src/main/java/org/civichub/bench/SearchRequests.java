package org.civichub.bench;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civichub.store.Scope;
import org.civichub.store.elasticsearch.internal.ResidentSearcher;

/**
 * The HTTP requests of a search, made once before any timing and sent as often as needed: to the
 * hub's API ({@code GET …/residents?q=…&tag=…&size=20} in a logged-in session, as the web UI sends
 * it), and to Elasticsearch with
 * the very body the hub sends for it ({@link ResidentSearcher#summariesRequest}, serialized as the
 * Elasticsearch Java client does).
 */
final class SearchRequests {

    /** How long a search may take before it counts as an error. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final JsonpMapper MAPPER = new JacksonJsonpMapper();

    private SearchRequests() {
    }

    /** The JSON body the hub sends to Elasticsearch for the search by a user whose scope is the prefix. */
    static String elasticsearchBody(String index, SearchQuery query, String scope) {
        SearchRequest request = ResidentSearcher.summariesRequest(index, query.toResidentQuery(), new Scope(Set.of(scope)));
        return JsonpUtils.toJsonString(request, MAPPER);
    }

    /**
     * {@code POST <es>/<index>/_search?typed_keys=true} with the hub's body ({@code typed_keys} is the
     * parameter the Java client adds to every search).
     */
    static List<HttpRequest> elasticsearch(URI es, String index, String scope, List<SearchQuery> queries) {
        URI uri = URI.create(es + "/" + index + "/_search?typed_keys=true");
        List<HttpRequest> out = new ArrayList<>(queries.size());
        for (SearchQuery q : queries) {
            out.add(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(elasticsearchBody(index, q, scope))).build());
        }
        return out;
    }

    /**
     * {@code GET <api>/residents?q=<text>&tag=<kind>&size=20} in the session whose cookie is given
     * ({@code civichub_session=<id>}, see {@link #login}).
     */
    static List<HttpRequest> api(URI api, String sessionCookie, List<SearchQuery> queries) {
        List<HttpRequest> out = new ArrayList<>(queries.size());
        for (SearchQuery q : queries) {
            out.add(HttpRequest.newBuilder(apiUri(api, q)).timeout(TIMEOUT).header("Cookie", sessionCookie)
                    .header("Accept", "application/json").GET().build());
        }
        return out;
    }

    /**
     * {@code POST <api>/session} with the user's name and password: the web UI's login. Its answer
     * sets the session cookie every search then carries, so that the password is checked (a slow
     * hash, on purpose) once, as for a worker at the web UI, and not on every search.
     */
    static HttpRequest login(URI api, String user, String password) {
        String body = "{\"user\":" + quoted(user) + ",\"password\":" + quoted(password) + "}";
        return HttpRequest.newBuilder(URI.create(api + "/session")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The {@code name=value} of the session cookie a login's {@code Set-Cookie} header sets, if any. */
    static java.util.Optional<String> sessionCookie(List<String> setCookies) {
        return setCookies.stream().map(c -> c.split(";", 2)[0].strip())
                .filter(c -> c.startsWith(SESSION_COOKIE + "=") && c.length() > SESSION_COOKIE.length() + 1)
                .findFirst();
    }

    /** The hub's session cookie. */
    static final String SESSION_COOKIE = "civichub_session";

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static URI apiUri(URI api, SearchQuery q) {
        StringBuilder uri = new StringBuilder(api.toString()).append("/residents?");
        if (q.text() != null) {
            uri.append("q=").append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8)).append('&');
        }
        if (q.tag() != null) {
            uri.append("tag=").append(URLEncoder.encode(q.tag(), StandardCharsets.UTF_8)).append('&');
        }
        return URI.create(uri.append("size=").append(SearchQuery.PAGE_SIZE).toString());
    }
}
