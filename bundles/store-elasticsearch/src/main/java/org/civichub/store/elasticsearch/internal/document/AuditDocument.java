package org.civichub.store.elasticsearch.internal.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.civichub.store.AuditEntry;

/**
 * The stored form of an {@link AuditEntry}, as a link of one hub node's audit hash chain: {@code hash}
 * is a keyed hash over {@code chain}, {@code prevHash}, {@code seq} and every field of the entry.
 */
public record AuditDocument(
        String chain,
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
     * The entry as the link of {@code chain} after {@code prevSeq}/{@code prevHash}.
     *
     * @param mac the keyed hash of a purpose and bytes
     */
    public static AuditDocument chained(AuditEntry e, String chain, long prevSeq, String prevHash,
            BiFunction<String, byte[], String> mac) {
        AuditDocument unsigned = new AuditDocument(chain, prevSeq + 1, prevHash, null, e.at(), e.user(), e.client(),
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

    /** The document id of the link: its chain and sequence number, {@code <chain>:<seq>}. */
    public String id() {
        return id(chain, seq);
    }

    public static String id(String chain, long seq) {
        return chain + ":" + seq;
    }

    private AuditDocument withHash(String h) {
        return new AuditDocument(chain, seq, prevHash, h, at, user, client, action, outcome, query, residentIds,
                fullIdNumbers, idNumberHashes);
    }

    /** Every field but the hash, unambiguously separated. */
    private String canonical() {
        StringBuilder sb = new StringBuilder();
        for (Object part : new Object[] {chain, seq, prevHash, at == null ? null : at.toEpochMilli(), user, client, action,
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
