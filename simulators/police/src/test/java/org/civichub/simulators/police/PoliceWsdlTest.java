package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import javax.wsdl.Binding;
import javax.wsdl.BindingOperation;
import javax.wsdl.Definition;
import javax.wsdl.Operation;
import javax.wsdl.Port;
import javax.wsdl.extensions.soap.SOAPAddress;
import javax.wsdl.extensions.soap.SOAPOperation;
import javax.wsdl.factory.WSDLFactory;
import javax.wsdl.xml.WSDLReader;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

class PoliceWsdlTest {

    @TempDir
    static Path dir;
    private static PoliceSimulator simulator;

    @BeforeAll
    static void start() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(12), PoliceFixtures.floatings(3));
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir));
        simulator.setClockToEnd();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void servesTheWsdlNamingItsOwnAddress() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(simulator.wsdlUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);

        Definition wsdl = read(simulator.wsdlUrl());

        Port port = wsdl.getService(PoliceContract.SERVICE).getPort("PolicePort");
        assertThat(((SOAPAddress) port.getExtensibilityElements().get(0)).getLocationURI()).isEqualTo(simulator.soapUrl());
        assertContract(wsdl);
    }

    @Test
    void theClassPathWsdlIsTheSameSelfContainedContract() throws Exception {
        assertContract(read(PoliceContract.wsdl().toString()));
    }

    @Test
    void responsesFaultDetailsAndRequestsValidateAgainstTheInlineSchema() throws Exception {
        Schema schema = inlineSchema();
        Element response = SoapHttp.bodyChild(SoapHttp.post(simulator.soapUrl(),
                SoapHttp.envelope(SoapHttp.payload(null, null, "10"))).body());
        simulator.setBusyPolicy(BusyPolicy.always());
        Element busyDetail = SoapHttp.fault(SoapHttp.post(simulator.soapUrl(),
                SoapHttp.envelope(SoapHttp.payload(null, null, "10")))).detail();
        simulator.setBusyPolicy(BusyPolicy.never());

        schema.newValidator().validate(new DOMSource(response));
        schema.newValidator().validate(new DOMSource(SoapHttp.firstElement(busyDetail)));
        schema.newValidator().validate(new StreamSource(new StringReader(
                SoapHttp.payload("2024-05-01 08:00:00", "abc", "10"))));
        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new StringReader(
                SoapHttp.payload("2024-05-01T08:00:00", null, "10"))))).isInstanceOf(SAXException.class);
    }

    @Test
    void notifyRequestsResponsesAndTheUnavailableDetailValidateAgainstTheInlineSchema() throws Exception {
        Schema schema = inlineSchema();
        String request = PoliceNotifyTest.notify("ev-1", 123, "张三");
        Element response = SoapHttp.bodyChild(SoapHttp.notify(simulator.soapUrl(), request).body());
        simulator.inbox().setAccepting(false);
        Element unavailable = SoapHttp.fault(SoapHttp.notify(simulator.soapUrl(), request)).detail();
        simulator.inbox().setAccepting(true);

        schema.newValidator().validate(new StreamSource(new StringReader(request)));
        schema.newValidator().validate(new DOMSource(response));
        schema.newValidator().validate(new DOMSource(SoapHttp.firstElement(unavailable)));
        assertThat(SoapHttp.firstElement(unavailable).getLocalName()).isEqualTo("serviceUnavailable");
        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new StringReader(
                SoapHttp.notifyPayload(null, null, null, null, null, "{}"))))).isInstanceOf(SAXException.class);
    }

    private static void assertContract(Definition wsdl) {
        assertThat(wsdl.getTargetNamespace()).isEqualTo(PoliceContract.NAMESPACE);
        Port port = wsdl.getService(PoliceContract.SERVICE).getPort("PolicePort");
        List<?> operations = port.getBinding().getPortType().getOperations();
        assertThat(operations).extracting(o -> ((Operation) o).getName()).containsExactly("queryChanges", "notify");
        Operation operation = (Operation) operations.get(0);
        assertThat(operation.getInput().getMessage().getPart("parameters").getElementName())
                .isEqualTo(PoliceContract.QUERY_CHANGES);
        assertThat(operation.getOutput().getMessage().getPart("parameters").getElementName())
                .isEqualTo(PoliceContract.QUERY_CHANGES_RESPONSE);
        assertThat(operation.getFault("serviceBusy").getMessage().getPart("fault").getElementName().getLocalPart())
                .isEqualTo("serviceBusy");
        assertThat(soapAction(port.getBinding(), "queryChanges")).isEqualTo(PoliceContract.SOAP_ACTION);

        Operation notify = (Operation) operations.get(1);
        assertThat(notify.getInput().getMessage().getPart("parameters").getElementName())
                .isEqualTo(PoliceContract.NOTIFY);
        assertThat(notify.getOutput().getMessage().getPart("parameters").getElementName())
                .isEqualTo(PoliceContract.NOTIFY_RESPONSE);
        assertThat(notify.getFault("serviceUnavailable").getMessage().getPart("fault").getElementName()
                .getLocalPart()).isEqualTo("serviceUnavailable");
        assertThat(soapAction(port.getBinding(), "notify")).isEqualTo(PoliceContract.NOTIFY_SOAP_ACTION)
                .isEqualTo("urn:civichub:police:v1#notify");
    }

    private static String soapAction(Binding binding, String operation) {
        BindingOperation bound = binding.getBindingOperation(operation, null, null);
        for (Object element : bound.getExtensibilityElements()) {
            if (element instanceof SOAPOperation soap) {
                return soap.getSoapActionURI();
            }
        }
        throw new AssertionError("no soap:operation for " + operation);
    }

    private static Definition read(String url) throws Exception {
        WSDLReader reader = WSDLFactory.newInstance().newWSDLReader();
        reader.setFeature("javax.wsdl.verbose", false);
        return reader.readWSDL(url);
    }

    private static Schema inlineSchema() throws Exception {
        Document wsdl;
        try (var in = PoliceContract.wsdl().openStream()) {
            wsdl = SoapHttp.parse(in.readAllBytes());
        }
        Element schema = (Element) wsdl.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema").item(0);
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new DOMSource(schema));
    }
}
