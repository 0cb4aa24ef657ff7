package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import javax.xml.namespace.QName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.civichub.simulators.police.SoapHttp.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** The notify operation over real HTTP, and what {@code /admin/inbox} then lists. */
class PoliceNotifyTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private PoliceSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(6), PoliceFixtures.floatings(2));
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir));
        simulator.setClockToEnd();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    static String event(String id, long sequence, String name) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/civichub\","
                + "\"type\":\"org.civichub.resident.updated\",\"subject\":\"R-1\",\"time\":\"2026-12-02T10:00:00Z\","
                + "\"datacontenttype\":\"application/json\",\"sequence\":" + sequence + ","
                + "\"data\":{\"name\":\"" + name + "\",\"tags\":[\"a\",\"<b>&\"]}}";
    }

    static String notify(String id, long sequence, String name) {
        return SoapHttp.notifyPayload(id, "org.civichub.resident.updated", "R-1", "2026-12-02T10:00:00Z",
                String.valueOf(sequence), event(id, sequence, name));
    }

    @Test
    void aNotifiedEventIsAcceptedAndListedAsJsonInTheInbox() throws Exception {
        assertThat(SoapHttp.notifyDuplicate(SoapHttp.notify(simulator.soapUrl(), notify("ev-1", 123, "张三"))))
                .isFalse();

        JsonNode inbox = inbox();
        assertThat(inbox.get("accepting").asBoolean()).isTrue();
        assertThat(inbox.get("received").asLong()).isEqualTo(1);
        assertThat(inbox.get("distinct").asLong()).isEqualTo(1);
        JsonNode item = inbox.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo("ev-1");
        assertThat(item.get("repeats").asInt()).isZero();
        assertThat(item.get("receivedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*\\+08:00");
        assertThat(item.get("event")).isEqualTo(JSON.readTree(event("ev-1", 123, "张三")));
        assertThat(item.get("event").get("data").get("name").asText()).isEqualTo("张三");
        assertThat(simulator.inbox().messages()).hasSize(1);
    }

    @Test
    void aRepeatedDeliveryIsKeptOnceCountedAndAnsweredDuplicate() throws Exception {
        assertThat(SoapHttp.notifyDuplicate(SoapHttp.notify(simulator.soapUrl(), notify("ev-1", 1, "first")))).isFalse();
        assertThat(SoapHttp.notifyDuplicate(SoapHttp.notify(simulator.soapUrl(), notify("ev-2", 2, "other")))).isFalse();
        assertThat(SoapHttp.notifyDuplicate(SoapHttp.notify(simulator.soapUrl(), notify("ev-1", 1, "again")))).isTrue();

        JsonNode inbox = inbox();
        assertThat(inbox.get("received").asLong()).isEqualTo(3);
        assertThat(inbox.get("distinct").asLong()).isEqualTo(2);
        JsonNode items = inbox.get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("id").asText()).isEqualTo("ev-1");
        assertThat(items.get(0).get("repeats").asInt()).isEqualTo(1);
        assertThat(items.get(0).get("event").get("data").get("name").asText()).isEqualTo("first");
        assertThat(items.get(1).get("id").asText()).isEqualTo("ev-2");
        assertThat(items.get(1).get("repeats").asInt()).isZero();
        assertThat(inbox.get("arrivals")).extracting(a -> a.get("id").asText() + "@" + a.get("sequence").asLong())
                .containsExactly("ev-1@1", "ev-2@2", "ev-1@1");
        assertThat(inbox.get("arrivals").get(2).get("at").asText()).endsWith("+08:00");
    }

    @Test
    void whileDownNotifyIsAServerFaultAndNothingIsKeptThenItIsAcceptedAgain() throws Exception {
        HttpResponse<String> down = postAccepting("false");
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(down.body()).get("accepting").asBoolean()).isFalse();

        Fault fault = SoapHttp.fault(SoapHttp.notify(simulator.soapUrl(), notify("ev-1", 1, "x")));
        assertThat(fault.code()).isEqualTo("soap:Server");
        assertThat(fault.string()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(fault.detailText("reason")).contains("down");
        assertThat(SoapHttp.query(simulator.soapUrl(), null, null, 100).records()).hasSize(6 + 2);
        JsonNode whileDown = inbox();
        assertThat(whileDown.get("accepting").asBoolean()).isFalse();
        assertThat(whileDown.get("received").asLong()).isZero();
        assertThat(whileDown.get("items")).isEmpty();

        assertThat(postAccepting("true").statusCode()).isEqualTo(200);
        assertThat(SoapHttp.notifyDuplicate(SoapHttp.notify(simulator.soapUrl(), notify("ev-1", 1, "x")))).isFalse();
        JsonNode up = inbox();
        assertThat(up.get("accepting").asBoolean()).isTrue();
        assertThat(up.get("received").asLong()).isEqualTo(1);
        assertThat(up.get("items").get(0).get("id").asText()).isEqualTo("ev-1");
    }

    static List<Arguments> malformed() {
        String ok = event("ev-9", 9, "x");
        return List.of(
                Arguments.of(SoapHttp.notifyPayload(null, "t", "s", "2026-12-02T10:00:00Z", "9", ok), "id"),
                Arguments.of(SoapHttp.notifyPayload("  ", "t", "s", "2026-12-02T10:00:00Z", "9", ok), "id"),
                Arguments.of(SoapHttp.notifyPayload("ev-9", "t", "s", "2026-12-02T10:00:00Z", "9", null), "event"),
                Arguments.of(SoapHttp.notifyPayload("ev-9", "t", "s", "2026-12-02T10:00:00Z", "9", "{not json"), "event"),
                Arguments.of(SoapHttp.notifyPayload("ev-9", "t", "s", "2026-12-02T10:00:00Z", "9", "[1,2]"), "event"),
                Arguments.of(SoapHttp.notifyPayload("ev-9", "t", "s", "2026-12-02T10:00:00Z", "9", "\"text\""), "event"),
                Arguments.of(SoapHttp.notifyPayload("ev-9", "t", "s", "2026-12-02T10:00:00Z", "9", ""), "event"),
                Arguments.of(SoapHttp.notifyPayload("ev-9", "t", "s", "2026-12-02T10:00:00Z", "9", "{} {}"), "event"),
                Arguments.of(SoapHttp.notifyPayload("ev-9", "t", "s", "2026-12-02T10:00:00Z", "nine", ok), "sequence"),
                Arguments.of("<notify xmlns=\"urn:civichub:police:v1\"><id>a</id><id>b</id><event>{}</event></notify>", "id"),
                Arguments.of("<notify xmlns=\"urn:civichub:police:v1\"><id>a</id><event xmlns=\"\">{}</event></notify>",
                        "event"),
                Arguments.of("<notify xmlns=\"urn:civichub:police:v1\"><id>a</id><event>{}</event><x/></notify>", "x"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedNotifyIsAClientFaultNamingTheElementAndKeepsNothing(String payload, String element) throws Exception {
        Fault fault = SoapHttp.fault(SoapHttp.notify(simulator.soapUrl(), payload));

        assertThat(fault.code()).isEqualTo("soap:Client");
        assertThat(fault.string()).isEqualTo("INVALID_REQUEST");
        assertThat(fault.detailText("reason")).contains(element);
        assertThat(inbox().get("received").asLong()).isZero();
    }

    @Test
    void anUnknownRootElementIsInvalidRequest() throws Exception {
        Fault fault = SoapHttp.fault(SoapHttp.notify(simulator.soapUrl(),
                "<p:deliver xmlns:p=\"urn:civichub:police:v1\"><p:id>a</p:id></p:deliver>"));
        Fault otherNamespace = SoapHttp.fault(SoapHttp.notify(simulator.soapUrl(),
                "<notify xmlns=\"urn:other\"><id>a</id><event>{}</event></notify>"));

        assertThat(fault.code()).isEqualTo("soap:Client");
        assertThat(fault.string()).isEqualTo("INVALID_REQUEST");
        assertThat(fault.detailText("reason")).contains("deliver");
        assertThat(otherNamespace.string()).isEqualTo("INVALID_REQUEST");
        assertThat(inbox().get("received").asLong()).isZero();
    }

    @Test
    void takesTheSoapActionTheHubSendsOrNone() throws Exception {
        HttpResponse<byte[]> declared = SoapHttp.post(simulator.soapUrl(), SoapHttp.envelope(notify("ev-1", 1, "x")),
                "urn:civichub:police:v1#notify");
        HttpResponse<byte[]> none = SoapHttp.post(simulator.soapUrl(), SoapHttp.envelope(notify("ev-2", 2, "x")), "");

        assertThat(SoapHttp.notifyDuplicate(declared)).isFalse();
        assertThat(SoapHttp.notifyDuplicate(none)).isFalse();
        assertThat(inbox().get("distinct").asLong()).isEqualTo(2);
    }

    @Test
    void notifyIsNeitherCountedAsAQueryNorEverBusy() throws Exception {
        simulator.setBusyPolicy(BusyPolicy.always());

        assertThat(SoapHttp.notifyDuplicate(SoapHttp.notify(simulator.soapUrl(), notify("ev-1", 1, "x")))).isFalse();
        assertThat(SoapHttp.fault(SoapHttp.post(simulator.soapUrl(),
                SoapHttp.envelope(SoapHttp.payload(null, null, "10")))).string()).isEqualTo("SERVICE_BUSY");

        assertThat(simulator.requestCount()).isEqualTo(1);
        assertThat(simulator.busyCount()).isEqualTo(1);
    }

    @Test
    void theJaxWsDispatchClientBuiltFromTheWsdlCallsNotifyAndGetsTheDeclaredFault() throws Exception {
        SoapDispatch client = new SoapDispatch(simulator.wsdlUrl());

        Document answer = client.invoke(notify("ev-1", 1, "x"));
        assertThat(answer.getDocumentElement().getLocalName()).isEqualTo("notifyResponse");
        assertThat(answer.getElementsByTagNameNS(PoliceContract.NAMESPACE, "duplicate").item(0).getTextContent())
                .isEqualTo("false");
        assertThat(client.query(null, null, 3).records()).hasSize(3);

        simulator.inbox().setAccepting(false);
        SOAPFault fault = catchThrowableOfType(() -> client.invoke(notify("ev-2", 2, "x")), SOAPFaultException.class)
                .getFault();
        assertThat(fault.getFaultCodeAsQName()).isEqualTo(new QName(SoapHttp.SOAP_NS, "Server"));
        assertThat(fault.getFaultString()).isEqualTo("SERVICE_UNAVAILABLE");
    }

    private JsonNode inbox() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.inboxUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> postAccepting(String value) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.inboxUrl() + "?accepting=" + value))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
