package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A plain HTTP SOAP 1.1 client: posts envelopes, parses pages and faults with DOM. */
final class SoapHttp {

    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Record(String type, String key, String updatedAt, Map<String, String> fields) {
    }

    record Page(List<Record> records, String nextPageToken, String clock) {
    }

    record Fault(String code, String string, Element detail) {
        String detailText(String localName) {
            return detail.getElementsByTagNameNS(PoliceContract.NAMESPACE, localName).item(0).getTextContent();
        }
    }

    private SoapHttp() {
    }

    /** The queryChanges payload; null leaves an element out. */
    static String payload(String since, String pageToken, String pageSize) {
        StringBuilder xml = new StringBuilder("<p:queryChanges xmlns:p=\"urn:civichub:police:v1\">");
        if (since != null) {
            xml.append("<p:since>").append(since).append("</p:since>");
        }
        if (pageToken != null) {
            xml.append("<p:pageToken>").append(pageToken).append("</p:pageToken>");
        }
        if (pageSize != null) {
            xml.append("<p:pageSize>").append(pageSize).append("</p:pageSize>");
        }
        return xml.append("</p:queryChanges>").toString();
    }

    /**
     * The notify payload; null leaves an element out. The event text goes into a CDATA section when it
     * holds no {@code ]]>}, else escaped.
     */
    static String notifyPayload(String id, String type, String subject, String time, String sequence, String event) {
        StringBuilder xml = new StringBuilder("<notify xmlns=\"urn:civichub:police:v1\">");
        appendText(xml, "id", id);
        appendText(xml, "type", type);
        appendText(xml, "subject", subject);
        appendText(xml, "time", time);
        appendText(xml, "sequence", sequence);
        if (event != null) {
            xml.append("<event>").append(event.contains("]]>") ? escape(event) : "<![CDATA[" + event + "]]>")
                    .append("</event>");
        }
        return xml.append("</notify>").toString();
    }

    private static void appendText(StringBuilder xml, String name, String text) {
        if (text != null) {
            xml.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String envelope(String payload) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + SOAP_NS + "\">"
                + "<soapenv:Body>" + payload + "</soapenv:Body></soapenv:Envelope>";
    }

    static HttpResponse<byte[]> post(String url, String envelope) throws Exception {
        return post(url, envelope, PoliceContract.SOAP_ACTION);
    }

    /** Posts with the given SOAPAction (sent quoted, as SOAP 1.1 clients do). */
    static HttpResponse<byte[]> post(String url, String envelope, String soapAction) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + soapAction + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static Page query(String url, String since, String pageToken, int pageSize) throws Exception {
        HttpResponse<byte[]> response = post(url, envelope(payload(since, pageToken, String.valueOf(pageSize))));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return parsePage(bodyChild(response.body()));
    }

    /** Every page of a run from {@code since}, in order. */
    static List<Page> queryAll(String url, String since, int pageSize) throws Exception {
        List<Page> pages = new ArrayList<>();
        Page page = query(url, since, null, pageSize);
        pages.add(page);
        while (page.nextPageToken() != null) {
            page = query(url, null, page.nextPageToken(), pageSize);
            pages.add(page);
        }
        return pages;
    }

    static List<Record> records(List<Page> pages) {
        return pages.stream().flatMap(p -> p.records().stream()).toList();
    }

    static Fault fault(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(500);
        Element fault = bodyChild(response.body());
        assertThat(fault.getLocalName()).isEqualTo("Fault");
        return new Fault(child(fault, "faultcode").getTextContent(), child(fault, "faultstring").getTextContent(),
                child(fault, "detail"));
    }

    /** Sends a notify with the notify SOAPAction. */
    static HttpResponse<byte[]> notify(String url, String payload) throws Exception {
        return post(url, envelope(payload), PoliceContract.NOTIFY_SOAP_ACTION);
    }

    /**
     * The {@code duplicate} of a notifyResponse (after checking 200 and {@code accepted} true).
     */
    static boolean notifyDuplicate(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        Element answer = bodyChild(response.body());
        assertThat(answer.getNamespaceURI()).isEqualTo(PoliceContract.NAMESPACE);
        assertThat(answer.getLocalName()).isEqualTo("notifyResponse");
        Element accepted = firstElement(answer);
        Element duplicate = nextElement(accepted);
        assertThat(accepted.getLocalName()).isEqualTo("accepted");
        assertThat(accepted.getTextContent()).isEqualTo("true");
        assertThat(duplicate.getLocalName()).isEqualTo("duplicate");
        assertThat(duplicate.getTextContent()).isIn("true", "false");
        assertThat(nextElement(duplicate)).isNull();
        return Boolean.parseBoolean(duplicate.getTextContent());
    }

    static Element bodyChild(byte[] envelope) {
        Element body = firstElement(parse(envelope).getDocumentElement());
        assertThat(body.getLocalName()).isEqualTo("Body");
        return firstElement(body);
    }

    static Page parsePage(Element response) {
        assertThat(response.getNamespaceURI()).isEqualTo(PoliceContract.NAMESPACE);
        assertThat(response.getLocalName()).isEqualTo("queryChangesResponse");
        List<Record> records = new ArrayList<>();
        String next = null;
        String clock = null;
        for (Element child = firstElement(response); child != null; child = nextElement(child)) {
            assertThat(child.getNamespaceURI()).isEqualTo(PoliceContract.NAMESPACE);
            switch (child.getLocalName()) {
                case "record" -> records.add(record(child));
                case "nextPageToken" -> next = child.getTextContent();
                case "clock" -> clock = child.getTextContent();
                default -> throw new AssertionError("unexpected " + child.getLocalName());
            }
        }
        return new Page(records, next, clock);
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static Record record(Element record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field = firstElement(record); field != null; field = nextElement(field)) {
            assertThat(field.getLocalName()).isEqualTo("field");
            fields.put(field.getAttribute("name"), field.getTextContent());
        }
        return new Record(record.getAttribute("type"), record.getAttribute("key"), record.getAttribute("updatedAt"), fields);
    }

    private static Element child(Element parent, String localName) {
        for (Element child = firstElement(parent); child != null; child = nextElement(child)) {
            if (child.getLocalName().equals(localName)) {
                return child;
            }
        }
        return null;
    }

    static Element firstElement(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null && !(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }

    private static Element nextElement(Element element) {
        Node node = element.getNextSibling();
        while (node != null && !(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }
}
