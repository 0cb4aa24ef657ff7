package org.civichub.simulators.police;

import static org.civichub.simulators.police.PoliceContract.NAMESPACE;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOAP 1.1 faults of the service, built as CXF faults so that no SAAJ implementation is needed
 * on the server side.
 */
final class Faults {

    private Faults() {
    }

    /** The declared serviceBusy fault: a server fault with detail {@code serviceBusy/retryAfterMillis}. */
    static SoapFault serviceBusy(long retryAfterMillis) {
        SoapFault fault = new SoapFault(PoliceContract.SERVICE_BUSY, Soap11.getInstance().getReceiver());
        fault.setDetail(detail("serviceBusy", "retryAfterMillis", Long.toString(retryAfterMillis)));
        return fault;
    }

    /**
     * The declared serviceUnavailable fault of notify: a server fault with detail
     * {@code serviceUnavailable/reason}.
     */
    static SoapFault serviceUnavailable(String reason) {
        SoapFault fault = new SoapFault(PoliceContract.SERVICE_UNAVAILABLE, Soap11.getInstance().getReceiver());
        fault.setDetail(detail("serviceUnavailable", "reason", reason));
        return fault;
    }

    /** A client fault: faultstring the code, detail {@code invalidRequest/reason}. */
    static SoapFault client(ClientFault cause) {
        SoapFault fault = new SoapFault(cause.code(), Soap11.getInstance().getSender());
        fault.setDetail(detail("invalidRequest", "reason", cause.getMessage()));
        return fault;
    }

    private static Element detail(String entryName, String childName, String text) {
        Document document = newDocument();
        Element detail = document.createElementNS(null, "detail");
        Element entry = document.createElementNS(NAMESPACE, entryName);
        entry.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NAMESPACE);
        Element child = document.createElementNS(NAMESPACE, childName);
        child.setTextContent(text);
        entry.appendChild(child);
        detail.appendChild(entry);
        document.appendChild(detail);
        return detail;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM implementation", e);
        }
    }
}
