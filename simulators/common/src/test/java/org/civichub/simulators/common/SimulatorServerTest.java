package org.civichub.simulators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

class SimulatorServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    public static class SlowResource {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @GET
        @Path("items")
        public Map<String, Object> items() throws InterruptedException {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            return Map.of("items", 1);
        }
    }

    @Test
    void servesTheSimulatorsOwnResourcesBesideTheAdminApiOnOnePort() throws Exception {
        SlowResource resource = new SlowResource();
        resource.release.countDown();
        try (SimulatorServer server = start()) {
            String url = server.publishJaxRs("/api/v1", resource);

            assertThat(url).isEqualTo(server.baseUrl() + "/api/v1");
            assertThat(get(url + "/items").body()).isEqualTo("{\"items\":1}");
            assertThat(get(server.adminUrl() + "/status").statusCode()).isEqualTo(200);
        }
    }

    @Path("extra")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ExtraAdminResource {
        @GET
        public Map<String, Object> extra() {
            return Map.of("extra", true);
        }
    }

    @Test
    void servesASimulatorsOwnAdminResourcesUnderAdmin() throws Exception {
        Dataset dataset = Dataset.of();
        try (SimulatorServer server = SimulatorServer.start("127.0.0.1", 0,
                new AdminApi(dataset, Clock.forDataset(dataset, null)), new ExtraAdminResource())) {
            assertThat(get(server.adminUrl() + "/extra").body()).isEqualTo("{\"extra\":true}");
            assertThat(get(server.adminUrl() + "/status").statusCode()).isEqualTo(200);
            assertThat(get(server.adminUrl() + "/clock").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void closingWaitsForARequestInProgressAndThenRefusesNewOnes() throws Exception {
        SlowResource resource = new SlowResource();
        SimulatorServer server = start();
        String url = server.publishJaxRs("/api", resource) + "/items";
        CompletableFuture<HttpResponse<String>> pending = HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resource.entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        assertThatThrownBy(() -> closing.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        resource.release.countDown();

        closing.get(10, TimeUnit.SECONDS);
        assertThat(pending.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    private static SimulatorServer start() {
        Dataset dataset = Dataset.of();
        return SimulatorServer.start("127.0.0.1", 0, new AdminApi(dataset, Clock.forDataset(dataset, null)));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
