package org.civichub.simulators.police;

import static org.civichub.simulators.police.PoliceContract.INVALID_PAGE_SIZE;
import static org.civichub.simulators.police.PoliceContract.INVALID_REQUEST;
import static org.civichub.simulators.police.PoliceContract.INVALID_SINCE;
import static org.civichub.simulators.police.PoliceContract.NAMESPACE;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;

import org.civichub.simulators.common.DatasetTimes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads request payloads: {@link #payload} turns one into a DOM element, {@link #read} reads a
 * queryChanges request from it. Anything off-contract is a {@link ClientFault}.
 */
final class RequestReader {

    private RequestReader() {
    }

    static QueryChanges read(Element root) {
        if (!isOurs(root, "queryChanges")) {
            throw new ClientFault(INVALID_REQUEST, "expected {" + NAMESPACE + "}queryChanges, got {"
                    + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        Map<String, String> children = new HashMap<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                String name = child.getLocalName();
                if (!isOurs(child, "since") && !isOurs(child, "pageToken") && !isOurs(child, "pageSize")) {
                    throw new ClientFault(INVALID_REQUEST, "unexpected element {" + child.getNamespaceURI() + "}" + name);
                }
                if (children.put(name, child.getTextContent().strip()) != null) {
                    throw new ClientFault(INVALID_REQUEST, "element " + name + " given twice");
                }
            }
        }
        return new QueryChanges(since(children.get("since")), emptyToNull(children.get("pageToken")),
                pageSize(children.get("pageSize")));
    }

    private static Instant since(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return DatasetTimes.parseLocalSeconds(text);
        } catch (DateTimeParseException e) {
            throw new ClientFault(INVALID_SINCE, "since must be yyyy-MM-dd HH:mm:ss, not '" + text + "'");
        }
    }

    private static int pageSize(String text) {
        if (text == null) {
            throw new ClientFault(INVALID_PAGE_SIZE, "pageSize is required");
        }
        int size;
        try {
            size = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new ClientFault(INVALID_PAGE_SIZE, "pageSize must be an int, not '" + text + "'");
        }
        if (size < 1) {
            throw new ClientFault(INVALID_PAGE_SIZE, "pageSize must be at least 1, not " + size);
        }
        return Math.min(size, PoliceContract.MAX_PAGE_SIZE);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** Whether the element is {@code localName} in the service's namespace. */
    static boolean isOurs(Element element, String localName) {
        return NAMESPACE.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /** The payload's root element; an unreadable payload is a client fault INVALID_REQUEST. */
    static Element payload(Source payload) {
        if (payload instanceof DOMSource dom && dom.getNode() instanceof Element element) {
            return element;
        }
        if (payload instanceof DOMSource dom && dom.getNode() instanceof Document document) {
            return document.getDocumentElement();
        }
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DOMResult result = new DOMResult();
            factory.newTransformer().transform(payload, result);
            return ((Document) result.getNode()).getDocumentElement();
        } catch (TransformerException | RuntimeException e) {
            throw new ClientFault(INVALID_REQUEST, "unreadable request body: " + e.getMessage());
        }
    }
}
