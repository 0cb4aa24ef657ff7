package org.civichub.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import org.civichub.store.Scope;

/**
 * A department's system as a client of the API: the department it calls for, the SHA-256 of its API
 * key (sent as {@code X-Api-Key}), and the residents it may hear of. A key is a long random secret,
 * so one round of SHA-256 keeps it as safe as a slow password hash keeps a password, and lets every
 * request be checked at once.
 */
public record ApiClient(String department, String keySha256, Scope scope) {

    public ApiClient {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(scope, "scope");
        if (keySha256 == null || !keySha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a key is given as sha256$<64 lower-case hex digits>");
        }
    }

    /** The SHA-256 of a key, as the configuration writes it. */
    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code key} is this client's, compared in constant time. */
    public boolean matches(String key) {
        return MessageDigest.isEqual(sha256(key).getBytes(StandardCharsets.US_ASCII),
                keySha256.getBytes(StandardCharsets.US_ASCII));
    }

    public Caller caller() {
        return new Caller(department, Set.of(Role.DEPARTMENT), scope, null);
    }
}
