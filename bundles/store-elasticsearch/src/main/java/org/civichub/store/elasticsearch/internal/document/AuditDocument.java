package org.civichub.store.elasticsearch.internal.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.civichub.store.AuditEntry;

/**
 * The stored form of an {@link AuditEntry}, as a link of the audit's hash chain: {@code hash} is a
 * keyed hash over {@code prevHash}, {@code seq} and every field of the entry.
 */
public record AuditDocument(
        long seq,
        String prevHash,
        String hash,
        Instant at,
        String user,
        String client,
        String action,
        String outcome,
        String query,
        List<String> residentIds,
        boolean fullIdNumbers,
        List<String> idNumberHashes) {

    /** The hash of the entry before the first. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The entry as the link after {@code prevSeq}/{@code prevHash}.
     *
     * @param mac the keyed hash of a purpose and bytes
     */
    public static AuditDocument chained(AuditEntry e, long prevSeq, String prevHash,
            BiFunction<String, byte[], String> mac) {
        AuditDocument unsigned = new AuditDocument(prevSeq + 1, prevHash, null, e.at(), e.user(), e.client(),
                e.action(), e.outcome(), e.query(), e.residentIds(), e.fullIdNumbers(), e.idNumberHashes());
        return unsigned.withHash(unsigned.expectedHash(mac));
    }

    /** The hash this link should carry, given its content and {@code prevHash}. */
    public String expectedHash(BiFunction<String, byte[], String> mac) {
        return mac.apply("audit-chain", canonical().getBytes(StandardCharsets.UTF_8));
    }

    public AuditEntry toEntry() {
        return new AuditEntry(at, user, client, action, outcome, query,
                residentIds == null ? List.of() : residentIds, fullIdNumbers, idNumberHashes);
    }

    private AuditDocument withHash(String h) {
        return new AuditDocument(seq, prevHash, h, at, user, client, action, outcome, query, residentIds,
                fullIdNumbers, idNumberHashes);
    }

    /** Every field but the hash, unambiguously separated. */
    private String canonical() {
        StringBuilder sb = new StringBuilder();
        for (Object part : new Object[] {seq, prevHash, at == null ? null : at.toEpochMilli(), user, client, action,
                outcome, query, list(residentIds), fullIdNumbers, list(idNumberHashes)}) {
            String s = String.valueOf(part);
            sb.append(s.length()).append(':').append(s).append(';');
        }
        return sb.toString();
    }

    private static String list(List<String> values) {
        if (values == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        values.forEach(v -> sb.append(v.length()).append(':').append(v).append(','));
        return sb.toString();
    }
}
