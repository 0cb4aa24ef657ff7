package org.civichub.simulators.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook the way a department's receiver does under Standard Webhooks: the signature
 * header holds {@code v1,<base64 HMAC-SHA256 over "id.timestamp.body">} once per key the sender signs
 * with, and one of them must match one of the receiver's secrets ({@code whsec_<base64 key>}, several
 * while a secret is rotated); the timestamp must be within {@link #TOLERANCE} of now, against replays.
 */
public final class StandardWebhooks {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final List<byte[]> keys;

    public StandardWebhooks(List<String> secrets) {
        this.keys = secrets.stream().map(StandardWebhooks::key).toList();
    }

    /** Why the webhook is refused, or empty when it is genuine. */
    public Optional<String> refusal(String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (id == null || timestamp == null || signatures == null) {
            return Optional.of("webhook-id, webhook-timestamp and webhook-signature are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of("webhook-timestamp is not a number of seconds");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return Optional.of("webhook-timestamp is too far from now");
        }
        for (String candidate : signatures.strip().split(" ")) {
            if (!candidate.startsWith("v1,")) {
                continue;
            }
            byte[] given = candidate.substring(3).getBytes(StandardCharsets.US_ASCII);
            for (byte[] key : keys) {
                byte[] expected = sign(key, id, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, given)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("no signature matches a secret");
    }

    /** The signature of a message under one key, in Base64, as a sender computes it. */
    public static String sign(byte[] key, String id, String timestamp, byte[] body) {
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
    public static byte[] key(String secret) {
        if (!secret.strip().startsWith("whsec_")) {
            throw new IllegalArgumentException("a webhook secret is whsec_<base64 key>");
        }
        return Base64.getDecoder().decode(secret.strip().substring("whsec_".length()));
    }
}
