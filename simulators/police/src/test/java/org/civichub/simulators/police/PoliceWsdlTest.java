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

import javax.wsdl.Definition;
import javax.wsdl.Operation;
import javax.wsdl.Port;
import javax.wsdl.extensions.soap.SOAPAddress;
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

    private static void assertContract(Definition wsdl) {
        assertThat(wsdl.getTargetNamespace()).isEqualTo(PoliceContract.NAMESPACE);
        Port port = wsdl.getService(PoliceContract.SERVICE).getPort("PolicePort");
        List<?> operations = port.getBinding().getPortType().getOperations();
        assertThat(operations).hasSize(1);
        Operation operation = (Operation) operations.get(0);
        assertThat(operation.getName()).isEqualTo("queryChanges");
        assertThat(operation.getInput().getMessage().getPart("parameters").getElementName())
                .isEqualTo(PoliceContract.QUERY_CHANGES);
        assertThat(operation.getOutput().getMessage().getPart("parameters").getElementName())
                .isEqualTo(PoliceContract.QUERY_CHANGES_RESPONSE);
        assertThat(operation.getFault("serviceBusy").getMessage().getPart("fault").getElementName().getLocalPart())
                .isEqualTo("serviceBusy");
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
