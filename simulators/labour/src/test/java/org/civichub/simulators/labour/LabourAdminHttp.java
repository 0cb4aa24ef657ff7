package org.civichub.simulators.labour;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls a simulator's admin API over real HTTP. */
final class LabourAdminHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LabourAdminHttp() {
    }

    static HttpResponse<String> post(LabourSimulator simulator, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.adminUrl() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(LabourSimulator simulator, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.adminUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
