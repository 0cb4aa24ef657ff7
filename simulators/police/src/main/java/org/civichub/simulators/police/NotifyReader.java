package org.civichub.simulators.police;

import static org.civichub.simulators.police.PoliceContract.INVALID_REQUEST;
import static org.civichub.simulators.police.PoliceContract.NAMESPACE;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a notify payload. Anything off-contract is a {@link ClientFault} INVALID_REQUEST whose reason
 * names the element: {@code id} missing or empty, {@code event} missing or not a JSON object,
 * {@code sequence} not an integer, an element given twice or not part of notify.
 */
final class NotifyReader {

    private static final Set<String> ELEMENTS = Set.of("id", "type", "subject", "time", "sequence", "event");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private NotifyReader() {
    }

    static Notification read(Element root) {
        if (!RequestReader.isOurs(root, "notify")) {
            throw new ClientFault(INVALID_REQUEST, "expected {" + NAMESPACE + "}notify, got {"
                    + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        Map<String, String> children = new HashMap<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                String name = child.getLocalName();
                if (!NAMESPACE.equals(child.getNamespaceURI()) || !ELEMENTS.contains(name)) {
                    throw new ClientFault(INVALID_REQUEST, "unexpected element {" + child.getNamespaceURI() + "}"
                            + name + " in notify");
                }
                if (children.put(name, child.getTextContent()) != null) {
                    throw new ClientFault(INVALID_REQUEST, "element " + name + " given twice in notify");
                }
            }
        }
        return new Notification(id(children.get("id")), children.get("type"), children.get("subject"),
                children.get("time"), sequence(children.get("sequence")), event(children.get("event")));
    }

    private static String id(String text) {
        if (text == null) {
            throw new ClientFault(INVALID_REQUEST, "notify/id is missing: the event's id is required");
        }
        String id = text.strip();
        if (id.isEmpty()) {
            throw new ClientFault(INVALID_REQUEST, "notify/id is empty: the event's id is required");
        }
        return id;
    }

    private static Long sequence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new ClientFault(INVALID_REQUEST, "notify/sequence must be an integer, not '" + value + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(String text) {
        if (text == null) {
            throw new ClientFault(INVALID_REQUEST, "notify/event is missing: the CloudEvent's JSON text is required");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ClientFault(INVALID_REQUEST, "notify/event is not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new ClientFault(INVALID_REQUEST, "notify/event is not a JSON object: it is empty");
        }
        if (!node.isObject()) {
            throw new ClientFault(INVALID_REQUEST, "notify/event is not a JSON object but a JSON "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return JSON.convertValue(node, LinkedHashMap.class);
    }
}
