package org.civichub.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ids and hashes derived from personal identifiers with the hub's secret key (HMAC-SHA256), so that
 * nobody without the key can turn one back into the identifier by enumerating the few billion
 * possible ID numbers. The same key always gives the same ids; a changed key gives different ones,
 * so the key is kept with the hub's configuration and never written to the index.
 */
public final class Pseudonyms {

    /** The least key length: 256 bits. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    /** A MAC per thread, set up with the key once: a MAC is reset to its key after each result. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * @throws IllegalArgumentException when the key is shorter than {@value #MIN_KEY_BYTES} bytes
     */
    public Pseudonyms(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonym key must have at least " + MIN_KEY_BYTES
                    + " bytes, it has " + (key == null ? 0 : key.length));
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256");
    }

    /**
     * The pseudonyms of a Base64 key, as configuration holds it.
     *
     * @throws IllegalArgumentException when the text is not Base64 or the key too short
     */
    public static Pseudonyms ofBase64(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("no pseudonym key is configured");
        }
        try {
            return new Pseudonyms(Base64.getDecoder().decode(base64Key.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the pseudonym key is not valid Base64 or too short: "
                    + e.getMessage().replace(base64Key.strip(), "<key>"), e);
        }
    }

    /**
     * An id derived from an ID number: {@code r} and 32 hex characters. The hub does not name residents
     * this way (their ids are surrogates that no identifier can be turned into); tests and benchmarks do.
     */
    public String residentId(IdNumber idNumber) {
        return "r" + mac("resident", idNumber.value());
    }

    /** The household id of a household number: {@code h} and 32 hex characters. */
    /** Where the link of a source record ({@code department/type/id}) is kept: a keyed hash of its key. */
    public String linkPosition(String recordKey) {
        return hash("link", recordKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String householdId(String householdNo) {
        return "h" + mac("household", householdNo.strip());
    }

    /**
     * A keyed hash of an ID number as written, after the normalisation {@link IdNumber#parse} does
     * when it parses, so that an audit can answer "who searched for this number" without holding it.
     */
    public String idNumberHash(String idNumber) {
        String normal;
        try {
            normal = IdNumber.parse(idNumber).value();
        } catch (IdNumberException e) {
            normal = IdNumber.normalize(idNumber);
        }
        return mac("id-number", normal);
    }

    /** The keyed hash of {@code data} for one purpose, in full (64 hex characters). */
    public String hash(String purpose, byte[] data) {
        return HexFormat.of().formatHex(raw(purpose, data));
    }

    private String mac(String purpose, String value) {
        return HexFormat.of().formatHex(raw(purpose, value.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private byte[] raw(String purpose, byte[] data) {
        Mac mac = macs.get();
        mac.update(("civichub/" + purpose + "\0").getBytes(StandardCharsets.UTF_8));
        return mac.doFinal(data);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "Pseudonyms[key hidden]";
    }
}
