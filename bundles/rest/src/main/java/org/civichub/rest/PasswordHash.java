package org.civichub.rest;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2-HMAC-SHA256 password hash in the form the user configuration takes:
 * {@code pbkdf2$<iterations>$<salt, base64>$<hash, base64>}. Anything else, in particular a plain
 * text password, is refused by {@link #parse(String)}.
 *
 * <p>To make a hash for {@code etc/org.civichub.rest.users.cfg}, run
 * {@code java -cp civichub-rest.jar org.civichub.rest.PasswordHash} and type the password (or pass
 * it as the only argument, which leaves it in the shell history).
 */
public final class PasswordHash {

    /** The prefix every stored hash starts with. */
    public static final String PREFIX = "pbkdf2$";
    /** Iterations of new hashes: the OWASP recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer iterations than this make a hash too cheap to brute-force; such hashes are refused. */
    public static final int MIN_ITERATIONS = 10_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("a password hash needs at least " + MIN_ITERATIONS + " iterations");
        }
        if (salt.length < 8 || hash.length != HASH_BITS / 8) {
            throw new IllegalArgumentException("a password hash needs a salt of 8 bytes or more and a 32-byte hash");
        }
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** Hashes {@code password} with a fresh random salt. */
    public static PasswordHash create(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * Reads a stored hash.
     *
     * @throws IllegalArgumentException when {@code stored} is not a hash of this form; the message
     *                                  never contains {@code stored}, which may be a plain password
     */
    public static PasswordHash parse(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a " + PREFIX + "<iterations>$<salt>$<hash> password hash;"
                    + " plain text passwords are refused");
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a password hash has four '$'-separated parts");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iterations of a password hash must be a number");
        }
    }

    /** Whether {@code password} is the one hashed, compared in constant time. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    public int iterations() {
        return iterations;
    }

    @Override
    public String toString() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Prints the hash of the password given as argument or typed on the console. */
    public static void main(String[] args) {
        char[] password;
        if (args.length == 1) {
            password = args[0].toCharArray();
        } else if (System.console() != null) {
            password = System.console().readPassword("Password: ");
        } else {
            System.err.println("usage: java -cp civichub-rest.jar " + PasswordHash.class.getName() + " [password]");
            System.exit(2);
            return;
        }
        System.out.println(create(password, DEFAULT_ITERATIONS));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
