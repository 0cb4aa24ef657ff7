package org.civichub.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents serialized once, before any timing, as {@code _bulk} NDJSON: per document an
 * {@code index} action with the resident id as {@code _id} (the hub writes residents under their
 * id, so Elasticsearch checks for an existing version, as it does for the hub) and the source line.
 * Bodies for a bulk size are concatenations of these entries, built on request.
 */
final class BulkPayload {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final List<byte[]> entries;
    private final long sourceBytes;

    private BulkPayload(List<byte[]> entries, long sourceBytes) {
        this.entries = entries;
        this.sourceBytes = sourceBytes;
    }

    /** Serializes the documents in their order. */
    static BulkPayload of(List<ResidentDocument> documents) {
        List<byte[]> entries = new ArrayList<>(documents.size());
        long sourceBytes = 0;
        for (ResidentDocument d : documents) {
            byte[] action = ("{\"index\":{\"_id\":\"" + d.id() + "\"}}\n").getBytes(StandardCharsets.UTF_8);
            byte[] source = json(d);
            byte[] entry = new byte[action.length + source.length + 1];
            System.arraycopy(action, 0, entry, 0, action.length);
            System.arraycopy(source, 0, entry, action.length, source.length);
            entry[entry.length - 1] = '\n';
            entries.add(entry);
            sourceBytes += source.length;
        }
        return new BulkPayload(List.copyOf(entries), sourceBytes);
    }

    /** The source of one document as JSON in UTF-8, as it is sent. */
    static byte[] json(ResidentDocument document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a generated document", e);
        }
    }

    int documents() {
        return entries.size();
    }

    /** The mean size of a document's JSON source in bytes (action lines and newlines not counted). */
    double averageSourceBytes() {
        return entries.isEmpty() ? 0 : (double) sourceBytes / entries.size();
    }

    /** Request bodies of {@code bulkSize} documents each, the last one with the rest. */
    List<byte[]> bodies(int bulkSize) {
        List<byte[]> bodies = new ArrayList<>(entries.size() / bulkSize + 1);
        for (int from = 0; from < entries.size(); from += bulkSize) {
            List<byte[]> part = entries.subList(from, Math.min(entries.size(), from + bulkSize));
            ByteArrayOutputStream body = new ByteArrayOutputStream(part.stream().mapToInt(e -> e.length).sum());
            part.forEach(body::writeBytes);
            bodies.add(body.toByteArray());
        }
        return bodies;
    }
}
