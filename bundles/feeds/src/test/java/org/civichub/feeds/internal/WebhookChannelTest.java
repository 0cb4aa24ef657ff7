package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.civichub.feeds.FeedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks over real HTTP to a server in the test, signed the Standard Webhooks way. */
class WebhookChannelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String OLD = "whsec_" + Base64.getEncoder().encodeToString("an old key of thirty-two bytes..".getBytes());
    private static final String NEW = "whsec_" + Base64.getEncoder().encodeToString("a new key of thirty-two bytes...".getBytes());

    private record Received(Map<String, List<String>> headers, byte[] body) {
    }

    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", x -> {
            synchronized (received) {
                received.add(new Received(Map.copyOf(x.getRequestHeaders()), x.getRequestBody().readAllBytes()));
            }
            x.sendResponseHeaders(status.get(), -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anEventIsPostedWithItsIdAsTheWebhookIdAndASignatureForEverySecret() throws IOException {
        WebhookChannel channel = new WebhookChannel(url(), List.of(OLD, NEW), CLOCK, Duration.ofSeconds(5));

        channel.deliver(event("e1"));

        Received r = received.get(0);
        assertThat(header(r, "webhook-id")).isEqualTo("e1");
        assertThat(header(r, "webhook-timestamp")).isEqualTo("1714521600");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"specversion\":\"1.0\"", "\"subject\":\"r1\"", "\"sequence\":\"7\"",
                "\"time\":\"2024-05-01T00:00:00Z\"");
        String[] signatures = header(r, "webhook-signature").split(" ");
        assertThat(signatures).containsExactly(
                "v1," + WebhookChannel.sign(WebhookChannel.key(OLD), "e1", "1714521600", r.body()),
                "v1," + WebhookChannel.sign(WebhookChannel.key(NEW), "e1", "1714521600", r.body()));
        assertThat(signatures[0]).isNotEqualTo(signatures[1]);
    }

    @Test
    void anAnswerOtherThan2xxOrNoServerIsAFailedDelivery() {
        status.set(503);
        WebhookChannel channel = new WebhookChannel(url(), List.of(NEW), CLOCK, Duration.ofSeconds(5));
        assertThatThrownBy(() -> channel.deliver(event("e1"))).isInstanceOf(IOException.class).hasMessageContaining("503");

        server.stop(0);
        assertThatThrownBy(() -> channel.deliver(event("e2"))).isInstanceOf(IOException.class);
    }

    @Test
    void aSecretThatIsNoStandardWebhooksSecretIsRefused() {
        assertThatThrownBy(() -> new WebhookChannel(url(), List.of("plain"), CLOCK, Duration.ofSeconds(5)))
                .hasMessageContaining("whsec_");
        assertThatThrownBy(() -> new WebhookChannel(url(), List.of("whsec_c2hvcnQ="), CLOCK, Duration.ofSeconds(5)))
                .hasMessageContaining("24 bytes");
        assertThatThrownBy(() -> new WebhookChannel(url(), List.of(), CLOCK, Duration.ofSeconds(5)))
                .hasMessageContaining("at least one secret");
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/civichub");
    }

    private static String header(Received r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .map(e -> e.getValue().get(0)).orElse(null);
    }

    static FeedEvent event(String id) {
        return new FeedEvent(FeedEvent.SPEC_VERSION, id, FeedEvent.SOURCE, "org.civichub.resident.updated", "r1",
                Instant.parse("2024-05-01T00:00:00Z"), "application/json", "7", Map.of("kinds", List.of("death")));
    }
}
