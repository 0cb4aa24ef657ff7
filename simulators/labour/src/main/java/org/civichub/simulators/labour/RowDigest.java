package org.civichub.simulators.labour;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over a sequence of rows: each row's values in order, each value with its length, null
 * told apart from empty. Two sequences have the same {@link #hex()} exactly when they hold the same
 * values in the same order (barring a hash collision). Not thread-safe; {@link #copy()} it before
 * adding rows that may yet be given up.
 */
final class RowDigest {

    private final MessageDigest sha;

    private RowDigest(MessageDigest sha) {
        this.sha = sha;
    }

    /** The digest of no rows. */
    static RowDigest empty() {
        try {
            return new RowDigest(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    RowDigest copy() {
        try {
            return new RowDigest((MessageDigest) sha.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 of this runtime cannot be copied", e);
        }
    }

    void add(List<String> values) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(values.size()).array());
        for (String value : values) {
            byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : bytes.length).array());
            sha.update(bytes);
        }
    }

    /** The digest of the rows added so far, as 64 hexadecimal digits; more rows may be added after. */
    String hex() {
        return HexFormat.of().formatHex(copy().sha.digest());
    }
}
