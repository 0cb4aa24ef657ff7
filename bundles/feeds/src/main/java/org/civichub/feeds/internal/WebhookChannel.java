package org.civichub.feeds.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civichub.feeds.FeedEvent;

/**
 * Delivers events as webhooks signed the Standard Webhooks way: a JSON POST of the CloudEvent with
 * {@code webhook-id} (the event id, the department's idempotency key), {@code webhook-timestamp}
 * (seconds since the epoch) and {@code webhook-signature}: {@code v1,<base64 HMAC-SHA256 over
 * "id.timestamp.body">}, once per secret, separated by spaces, so a department can rotate its secret
 * (accept the new one, then drop the old one) without losing an event. A 2xx answer is the
 * department's acknowledgement; anything else, or no answer in time, is a failed delivery.
 */
final class WebhookChannel implements Channel {

    /** The prefix of a Standard Webhooks secret; the rest is the key in Base64. */
    static final String SECRET_PREFIX = "whsec_";

    private final URI url;
    private final List<byte[]> keys;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;

    WebhookChannel(URI url, List<String> secrets, Clock clock, Duration timeout) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook needs at least one secret (whsec_<base64>)");
        }
        this.url = url;
        this.keys = secrets.stream().map(WebhookChannel::key).toList();
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String transport() {
        return "webhook";
    }

    @Override
    public void deliver(FeedEvent event) throws IOException {
        byte[] body = EventJson.bytes(event);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", event.id())
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", signatures(event.id(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while delivering " + event.id(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(url + " answered " + response.statusCode());
        }
    }

    /** {@code v1,<signature>} for every key, separated by spaces. */
    String signatures(String id, String timestamp, byte[] body) {
        StringJoiner out = new StringJoiner(" ");
        for (byte[] key : keys) {
            out.add("v1," + sign(key, id, timestamp, body));
        }
        return out.toString();
    }

    /** The Standard Webhooks signature of a message under one key, in Base64. */
    static String sign(byte[] key, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of a {@code whsec_<base64>} secret. */
    static byte[] key(String secret) {
        String s = secret.strip();
        if (!s.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret is whsec_<base64 key>");
        }
        try {
            byte[] key = Base64.getDecoder().decode(s.substring(SECRET_PREFIX.length()));
            if (key.length < 24) {
                throw new IllegalArgumentException("a webhook secret's key has at least 24 bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_<base64 key of at least 24 bytes>", e);
        }
    }
}
