package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.stream.IntStream;

import javax.xml.namespace.QName;

import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.civichub.simulators.police.SoapHttp.Fault;
import org.civichub.simulators.police.SoapHttp.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoliceFaultsTest {

    private static final QName CLIENT = new QName(SoapHttp.SOAP_NS, "Client");
    private static final QName SERVER = new QName(SoapHttp.SOAP_NS, "Server");

    @TempDir
    Path dir;
    private PoliceSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        PoliceFixtures.writeDataset(dir, PoliceFixtures.persons(40), PoliceFixtures.floatings(10));
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir).withRetryAfterMillis(250));
        simulator.setClockToEnd();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void answersBusyCallsWithTheDeclaredServiceBusyFault() throws Exception {
        simulator.setBusyPolicy(BusyPolicy.always());

        SOAPFault fault = dispatchFault(SoapHttp.payload(null, null, "10"));

        assertThat(fault.getFaultString()).isEqualTo("SERVICE_BUSY");
        assertThat(fault.getFaultCodeAsQName()).isEqualTo(SERVER);
        assertThat(fault.getDetail().getElementsByTagNameNS(PoliceContract.NAMESPACE, "retryAfterMillis").item(0)
                .getTextContent()).isEqualTo("250");
        Fault overHttp = SoapHttp.fault(SoapHttp.post(simulator.soapUrl(),
                SoapHttp.envelope(SoapHttp.payload(null, null, "10"))));
        assertThat(overHttp.code()).isEqualTo("soap:Server");
        assertThat(overHttp.detailText("retryAfterMillis")).isEqualTo("250");
        assertThat(simulator.busyCount()).isEqualTo(2);
    }

    @Test
    void aBusyCallDoesNotConsumeThePage() throws Exception {
        Page first = SoapHttp.query(simulator.soapUrl(), null, null, 10);
        Page expectedSecond = SoapHttp.query(simulator.soapUrl(), null, first.nextPageToken(), 10);
        simulator.setBusyPolicy(BusyPolicy.everyNth(2));

        Page again = SoapHttp.query(simulator.soapUrl(), null, null, 10);
        Fault busy = SoapHttp.fault(SoapHttp.post(simulator.soapUrl(),
                SoapHttp.envelope(SoapHttp.payload(null, again.nextPageToken(), "10"))));
        Page retried = SoapHttp.query(simulator.soapUrl(), null, again.nextPageToken(), 10);

        assertThat(again).isEqualTo(first);
        assertThat(busy.string()).isEqualTo("SERVICE_BUSY");
        assertThat(retried).isEqualTo(expectedSecond);
        assertThat(simulator.requestCount()).isEqualTo(5);
        assertThat(simulator.busyCount()).isEqualTo(1);
    }

    @Test
    void aSeededBusyRateGivesTheSameAnswersForTheSameCalls() {
        BusyPolicy one = BusyPolicy.randomly(0.3, 42);
        BusyPolicy two = BusyPolicy.randomly(0.3, 42);

        boolean[] first = new boolean[200];
        IntStream.range(0, 200).forEach(i -> first[i] = one.isBusy(i + 1));

        IntStream.range(0, 200).forEach(i -> assertThat(two.isBusy(i + 1)).isEqualTo(first[i]));
        assertThat(IntStream.range(0, 200).filter(i -> first[i]).count()).isBetween(30L, 90L);
        assertThat(IntStream.rangeClosed(1, 50).noneMatch(BusyPolicy.randomly(0, 1)::isBusy)).isTrue();
        assertThat(IntStream.rangeClosed(1, 50).allMatch(BusyPolicy.randomly(1, 1)::isBusy)).isTrue();
        assertThat(IntStream.rangeClosed(1, 9).filter(BusyPolicy.everyNth(3)::isBusy)).containsExactly(3, 6, 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "!!!", "djE6MTcxNDYxMTYwMDpwZXJzb246", "djE6eDpwZXJzb246MQ",
            "djE6MTcxNDYxMTYwMDpwZXJzb246OTk5OQ", "djE6MTcxNDYxMTYwMDpjYXQ6MQ", "djE6MTcxNDYxMTYwMDpwZXJzb246LTE"})
    void refusesATokenItDidNotIssueWithInvalidToken(String token) throws Exception {
        Fault fault = httpFault(SoapHttp.payload(null, token, "10"));

        assertThat(fault.code()).isEqualTo("soap:Client");
        assertThat(fault.string()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void refusesATokenWhoseRowIsBeyondItsBound() throws Exception {
        String bound = String.valueOf(PoliceFixtures.START.atZone(ZoneId.of("Asia/Shanghai")).toEpochSecond());
        String token = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + bound + ":person:39").getBytes(StandardCharsets.UTF_8));

        assertThat(httpFault(SoapHttp.payload(null, token, "10")).string()).isEqualTo("INVALID_TOKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "ten", "", "2147483648"})
    void refusesAPageSizeThatIsNotAPositiveIntWithInvalidPageSize(String pageSize) throws Exception {
        SOAPFault fault = dispatchFault(SoapHttp.payload(null, null, pageSize));

        assertThat(fault.getFaultCodeAsQName()).isEqualTo(CLIENT);
        assertThat(fault.getFaultString()).isEqualTo("INVALID_PAGE_SIZE");
        assertThat(fault.getDetail().getTextContent()).isNotBlank();
    }

    @Test
    void refusesARequestWithoutPageSize() throws Exception {
        assertThat(httpFault(SoapHttp.payload(null, null, null)).string()).isEqualTo("INVALID_PAGE_SIZE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T08:00:00", "2024-05-01", "2024-13-01 08:00:00", "yesterday"})
    void refusesASinceInAnotherFormatWithInvalidSince(String since) throws Exception {
        Fault fault = httpFault(SoapHttp.payload(since, null, "10"));

        assertThat(fault.string()).isEqualTo("INVALID_SINCE");
        assertThat(fault.detailText("reason")).contains(since);
    }

    @Test
    void refusesAnOffContractBodyWithInvalidRequest() throws Exception {
        assertThat(httpFault("<p:queryChanges xmlns:p=\"urn:civichub:police:v1\"><pageSize>5</pageSize></p:queryChanges>")
                .string()).isEqualTo("INVALID_REQUEST");
        assertThat(httpFault("<p:queryChanges xmlns:p=\"urn:civichub:police:v1\"><p:pageSize>5</p:pageSize>"
                + "<p:pageSize>6</p:pageSize></p:queryChanges>").string()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void countsEveryCallFaultsIncluded() throws Exception {
        SoapHttp.query(simulator.soapUrl(), null, null, 10);
        httpFault(SoapHttp.payload(null, "bad", "10"));
        simulator.setBusyPolicy(BusyPolicy.always());
        httpFault(SoapHttp.payload(null, null, "10"));

        assertThat(simulator.requestCount()).isEqualTo(3);
        assertThat(simulator.busyCount()).isEqualTo(1);
    }

    private Fault httpFault(String payload) throws Exception {
        return SoapHttp.fault(SoapHttp.post(simulator.soapUrl(), SoapHttp.envelope(payload)));
    }

    private SOAPFault dispatchFault(String payload) throws Exception {
        SoapDispatch client = new SoapDispatch(simulator.wsdlUrl());
        return catchThrowableOfType(() -> client.invoke(payload), SOAPFaultException.class).getFault();
    }
}
