package org.civichub.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.civichub.rest.PasswordHash;

/**
 * Checks passwords against one set of users. Basic authentication sends the password with every
 * request, and PBKDF2 is slow on purpose, so a password that was verified is remembered for a few
 * minutes as a salted SHA-256; a mismatch always goes through PBKDF2 again, which keeps guessing
 * as slow as the hash makes it. Unknown users cost a PBKDF2 run too, so timing does not tell which
 * names exist. At most half the processors (at least one) run PBKDF2 at a time, so a flood of
 * guesses cannot take the whole machine; a guess that finds no free slot within
 * {@link #WAIT_FOR_SLOT} gets {@link Busy}.
 */
final class Verifier {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    static final Duration WAIT_FOR_SLOT = Duration.ofSeconds(2);

    /** Thrown when no PBKDF2 slot came free in time. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("password checks are busy", null, false, false);
        }
    }

    private static final PasswordHash UNKNOWN_USER = PasswordHash.parse(
            "pbkdf2$" + PasswordHash.DEFAULT_ITERATIONS + "$AAAAAAAAAAAAAAAAAAAAAA==$"
                    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

    private record Remembered(byte[] digest, long until) {
    }

    private final Map<String, User> users;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final byte[] pepper = new byte[32];
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    Verifier(Map<String, User> users) {
        this.users = Map.copyOf(users);
        new SecureRandom().nextBytes(pepper);
    }

    Optional<User> verify(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        User user = users.get(name);
        if (user == null) {
            slowly(() -> UNKNOWN_USER.matches(password.toCharArray()));
            return Optional.empty();
        }
        byte[] digest = digest(name, password);
        Remembered r = remembered.get(name);
        long now = System.nanoTime();
        if (r != null && now - r.until() < 0 && MessageDigest.isEqual(r.digest(), digest)) {
            return Optional.of(user);
        }
        if (!slowly(() -> user.passwordHash().matches(password.toCharArray()))) {
            return Optional.empty();
        }
        remembered.put(name, new Remembered(digest, now + REMEMBER.toNanos()));
        return Optional.of(user);
    }

    private boolean slowly(java.util.function.BooleanSupplier pbkdf2) {
        try {
            if (!hashing.tryAcquire(WAIT_FOR_SLOT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return pbkdf2.getAsBoolean();
        } finally {
            hashing.release();
        }
    }

    private byte[] digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
