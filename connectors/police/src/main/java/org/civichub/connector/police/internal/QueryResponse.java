package org.civichub.connector.police.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a {@code queryChangesResponse} payload into source records, values exactly as sent. A
 * record never fails the page: one the hub cannot use is still read, for the mapper to quarantine.
 */
final class QueryResponse {

    private QueryResponse() {
    }

    static QueryPage parse(Source payload) {
        Element root = toElement(payload);
        Instant fetchedAt = Instant.now();
        List<SourceRecord> records = new ArrayList<>();
        String next = null;
        String clock = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "record" -> records.add(record(e, fetchedAt));
                    case "nextPageToken" -> next = e.getTextContent();
                    case "clock" -> clock = e.getTextContent();
                    default -> { }
                }
            }
        }
        return new QueryPage(records, next, clock);
    }

    private static SourceRecord record(Element e, Instant fetchedAt) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element f && "field".equals(f.getLocalName())) {
                fields.put(f.getAttribute("name"), f.getTextContent());
            }
        }
        // An unreadable time or a missing key does not fail the page: the record is kept as sent,
        // and the mapper quarantines it (FieldReader#updateTime, FieldReader#key).
        String updatedAt = e.getAttribute("updatedAt");
        Instant time = PoliceTime.parse(updatedAt).orElse(PoliceTime.UNKNOWN);
        return new SourceRecord(new SourceKey(PoliceMapper.DEPARTMENT, e.getAttribute("type"), e.getAttribute("key")),
                updatedAt, time, fetchedAt, fields);
    }

    private static Element toElement(Source payload) {
        try {
            Node node = Xml.toDom(payload);
            return node instanceof Element el ? el : ((org.w3c.dom.Document) node).getDocumentElement();
        } catch (TransformerException e) {
            throw new IllegalStateException("unreadable queryChanges response: " + e.getMessage(), e);
        }
    }
}
