package org.civichub.simulators.police;

import static org.civichub.simulators.police.PoliceContract.NAMESPACE;

import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;

import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.common.Row;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the response payloads: a {@link Page} as queryChangesResponse, values exactly as the dataset
 * holds them, and the notifyResponse.
 */
final class ResponseWriter {

    private static final DocumentBuilderFactory FACTORY = DocumentBuilderFactory.newInstance();

    static {
        FACTORY.setNamespaceAware(true);
    }

    private ResponseWriter() {
    }

    static DOMSource write(Page page) {
        Document document = newDocument();
        Element response = document.createElementNS(NAMESPACE, "queryChangesResponse");
        response.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NAMESPACE);
        document.appendChild(response);
        for (Change change : page.changes()) {
            response.appendChild(record(document, change));
        }
        if (page.next() != null) {
            append(document, response, "nextPageToken", page.next().encode());
        }
        append(document, response, "clock", DatasetTimes.formatLocalSeconds(page.bound()));
        return new DOMSource(document);
    }

    /** {@code <notifyResponse><accepted>true</accepted><duplicate>…</duplicate></notifyResponse>}. */
    static DOMSource writeNotify(boolean duplicate) {
        Document document = newDocument();
        Element response = document.createElementNS(NAMESPACE, "notifyResponse");
        response.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NAMESPACE);
        document.appendChild(response);
        append(document, response, "accepted", "true");
        append(document, response, "duplicate", Boolean.toString(duplicate));
        return new DOMSource(document);
    }

    private static Element record(Document document, Change change) {
        Row row = change.row();
        Element record = document.createElementNS(NAMESPACE, "record");
        record.setAttributeNS(null, "type", change.type());
        record.setAttributeNS(null, "key", row.key());
        record.setAttributeNS(null, "updatedAt", row.updatedAtText());
        List<String> columns = row.columns();
        for (int i = 0; i < columns.size(); i++) {
            Element field = append(document, record, "field", row.values().get(i));
            field.setAttributeNS(null, "name", columns.get(i));
        }
        return record;
    }

    private static Element append(Document document, Element parent, String name, String text) {
        Element element = document.createElementNS(NAMESPACE, name);
        if (!text.isEmpty()) {
            element.appendChild(document.createTextNode(text));
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newDocumentBuilder().newDocument();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM implementation", e);
        }
    }
}
