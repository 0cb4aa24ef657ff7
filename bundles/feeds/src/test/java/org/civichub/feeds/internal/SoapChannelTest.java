package org.civichub.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civichub.feeds.FeedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The police's notify operation over real HTTP to a SOAP service in the test. */
class SoapChannelTest {

    private static final String ACCEPTED = response("<accepted>true</accepted><duplicate>false</duplicate>");
    private static final String DUPLICATE = response("<accepted>false</accepted><duplicate>true</duplicate>");
    private static final String REFUSED = response("<accepted>false</accepted><duplicate>false</duplicate>");

    private record Received(Map<String, List<String>> headers, byte[] body) {
    }

    private final List<Received> received = new ArrayList<>();
    private volatile int status = 200;
    private volatile String answer = ACCEPTED;
    private HttpServer server;
    private final CountDownLatch answered = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/police", x -> {
            synchronized (received) {
                received.add(new Received(Map.copyOf(x.getRequestHeaders()), x.getRequestBody().readAllBytes()));
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            x.sendResponseHeaders(status, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/slow", x -> {
            try {
                answered.await(10, TimeUnit.SECONDS); // no answer until the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        answered.countDown();
        server.stop(0);
    }

    @Test
    void anEventIsPostedAsANotifyRequestCarryingTheWholeCloudEventAsJson() throws Exception {
        FeedEvent event = event("e1", Map.of("kinds", List.of("death"), "note", "<b>&amp; ]]> \"李强\""));

        channel("/police").deliver(event);

        Received r = received.get(0);
        assertThat(header(r, "SOAPAction")).isEqualTo("\"urn:civichub:police:v1#notify\"");
        assertThat(header(r, "Content-Type")).isEqualTo("text/xml; charset=UTF-8");
        Document xml = parse(r.body());
        Element envelope = xml.getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(SoapChannel.ENVELOPE);
        assertThat(envelope.getLocalName()).isEqualTo("Envelope");
        Element notify = (Element) xml.getElementsByTagNameNS(SoapChannel.NAMESPACE, "notify").item(0);
        assertThat(notify.getParentNode().getLocalName()).isEqualTo("Body");
        assertThat(text(notify, "id")).isEqualTo("e1");
        assertThat(text(notify, "type")).isEqualTo("org.civichub.resident.updated");
        assertThat(text(notify, "subject")).isEqualTo("r1");
        assertThat(text(notify, "time")).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(text(notify, "sequence")).isEqualTo("7");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(text(notify, "event"))).isEqualTo(json.readTree(EventJson.bytes(event)));
        assertThat(json.readTree(text(notify, "event")).at("/data/note").asText())
                .isEqualTo("<b>&amp; ]]> \"李强\"");
    }

    @Test
    void anEventTheServiceHadAlreadyIsDeliveredButOneItDidNotAcceptIsNot() throws IOException {
        answer = DUPLICATE;
        channel("/police").deliver(event("e1", Map.of()));

        answer = REFUSED;
        assertThatThrownBy(() -> channel("/police").deliver(event("e2", Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining("without accepting e2");
    }

    @Test
    void aSoapFaultIsAFailedDeliveryThatSaysItsFaultstring() {
        status = 500;
        answer = fault("soap:Server", "SERVICE_UNAVAILABLE");
        assertThatThrownBy(() -> channel("/police").deliver(event("e1", Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining("soap:Server: SERVICE_UNAVAILABLE");

        answer = fault("soap:Client", "INVALID_REQUEST");
        assertThatThrownBy(() -> channel("/police").deliver(event("e1", Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining("INVALID_REQUEST");
    }

    @Test
    void anyOtherAnswerNoAnswerInTimeOrNoServiceIsAFailedDeliveryNamingTheEndpoint() {
        status = 503;
        answer = "busy";
        assertThatThrownBy(() -> channel("/police").deliver(event("e1", Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining(url("/police") + " answered 503");

        status = 200;
        assertThatThrownBy(() -> channel("/police").deliver(event("e1", Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining("no XML");

        assertThatThrownBy(() -> new SoapChannel(url("/slow"), Duration.ofMillis(300)).deliver(event("e1", Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining(url("/slow") + " did not answer within");

        answered.countDown();
        server.stop(0);
        assertThatThrownBy(() -> channel("/police").deliver(event("e1", Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining(url("/police").toString());
    }

    @Test
    void anAnswerIsReadWithoutItsDtdSoNoEntityOfItIsExpanded(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        status = 500;
        answer = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + fault("soap:Server", "&x;");

        assertThatThrownBy(() -> channel("/police").deliver(event("e1", Map.of())))
                .isInstanceOf(IOException.class).message().doesNotContain("TOP-SECRET");
    }

    @Test
    void anEndpointThatIsNoHttpUrlIsRefused() {
        assertThatThrownBy(() -> new SoapChannel(URI.create("ftp://police.example/notify"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    }

    private SoapChannel channel(String path) {
        return new SoapChannel(url(path), Duration.ofSeconds(5));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static String response(String content) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<notifyResponse xmlns=\"urn:civichub:police:v1\">" + content + "</notifyResponse>"
                + "</soap:Body></soap:Envelope>";
    }

    private static String fault(String code, String string) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>" + code + "</faultcode><faultstring>" + string + "</faultstring>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(SoapChannel.NAMESPACE, name).item(0).getTextContent();
    }

    private static String header(Received r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .map(e -> e.getValue().get(0)).orElse(null);
    }

    private static FeedEvent event(String id, Map<String, Object> data) {
        return new FeedEvent(FeedEvent.SPEC_VERSION, id, FeedEvent.SOURCE, "org.civichub.resident.updated", "r1",
                Instant.parse("2024-05-01T00:00:00Z"), "application/json", "7", new LinkedHashMap<>(data));
    }
}
