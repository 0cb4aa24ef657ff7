package org.civichub.feeds.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.civichub.feeds.FeedEvent;

/**
 * Delivers events to the police's SOAP 1.1 service: a POST of a {@code notify} request (namespace
 * {@value #NAMESPACE}, {@code SOAPAction} {@value #SOAP_ACTION}) carrying the event's id (the
 * department's idempotency key), type, subject, time, sequence, and the whole CloudEvent as JSON
 * text in {@code event}. A 200 whose {@code notifyResponse} says {@code accepted} (or
 * {@code duplicate}: it had the event already) is the department's acknowledgement; a SOAP fault, any
 * other answer, or none in time is a failed delivery, the fault's {@code faultstring} in its message.
 */
final class SoapChannel implements Channel {

    static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String NAMESPACE = "urn:civichub:police:v1";
    static final String SOAP_ACTION = "\"urn:civichub:police:v1#notify\"";

    /** What an answer's body says: whether the event was taken, and the fault if it is one. */
    record Answer(boolean accepted, String faultcode, String faultstring) {

        boolean fault() {
            return faultcode != null || faultstring != null;
        }
    }

    private final URI url;
    private final HttpClient http;
    private final Duration timeout;

    SoapChannel(URI url, Duration timeout) {
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("a SOAP endpoint is an http or https URL: " + url);
        }
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public String transport() {
        return "soap";
    }

    /** The SOAP endpoint. */
    URI url() {
        return url;
    }

    @Override
    public void deliver(FeedEvent event) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", SOAP_ACTION)
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope(event)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while delivering " + event.id(), e);
        } catch (HttpTimeoutException e) {
            throw new IOException(url + " did not answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new IOException(url + " could not be reached: " + e, e);
        }
        int status = response.statusCode();
        if (status != 200 && status != 500) {
            throw new IOException(url + " answered " + status);
        }
        Answer answer;
        try {
            answer = answer(response.body());
        } catch (XMLStreamException e) {
            throw new IOException(url + " answered " + status + " with a body that is no XML: " + e.getMessage(), e);
        }
        if (answer.fault()) {
            throw new IOException(url + " answered " + status + " with SOAP fault " + answer.faultcode() + ": "
                    + answer.faultstring());
        }
        if (status != 200 || !answer.accepted()) {
            throw new IOException(url + " answered " + status + " without accepting " + event.id());
        }
    }

    /** The {@code notify} request of an event, in UTF-8. */
    static byte[] envelope(FeedEvent event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("soapenv", "Envelope", ENVELOPE);
            w.writeNamespace("soapenv", ENVELOPE);
            w.writeStartElement("soapenv", "Body", ENVELOPE);
            w.writeStartElement("notify");
            w.writeDefaultNamespace(NAMESPACE);
            element(w, "id", event.id());
            element(w, "type", event.type());
            element(w, "subject", event.subject());
            element(w, "time", event.time() == null ? null : event.time().toString());
            element(w, "sequence", event.sequence());
            element(w, "event", EventJson.text(event));
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("the SOAP request of " + event.id() + " cannot be written", e);
        }
        return out.toByteArray();
    }

    /** An element of {@code notify}; none for a value the event does not have. */
    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        if (text != null) {
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }
    }

    /**
     * What a {@code notifyResponse} or a SOAP fault says. The body is read without its DTD, if it has
     * one, and no external entity is resolved.
     *
     * @throws XMLStreamException when the body is not well-formed XML (an undeclared entity included)
     */
    static Answer answer(byte[] body) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(body));
        boolean response = false;
        boolean accepted = false;
        String faultcode = null;
        String faultstring = null;
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "notifyResponse" -> response = true;
                    case "accepted", "duplicate" -> accepted |= response && yes(r.getElementText());
                    case "faultcode" -> faultcode = r.getElementText().strip();
                    case "faultstring" -> faultstring = r.getElementText().strip();
                    default -> {
                    }
                }
            }
        } finally {
            r.close();
        }
        return new Answer(accepted, faultcode, faultstring);
    }

    private static boolean yes(String xsBoolean) {
        String s = xsBoolean.strip();
        return s.equals("true") || s.equals("1");
    }
}
