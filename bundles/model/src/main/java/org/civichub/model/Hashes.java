package org.civichub.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic hashes for document ids. */
public final class Hashes {

    private Hashes() {
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The first 32 hex characters (128 bits) of the SHA-256 of the text. */
    public static String shortId(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
