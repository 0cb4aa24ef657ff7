package org.civichub.connector.police.internal;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPBinding;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.civichub.cxf.Cxf;
import org.civichub.model.IdMask;

/**
 * A SOAP client of the police service's {@code queryChanges}, over CXF's JAX-WS dispatch in payload
 * mode: the request and response are the XML of the WSDL in {@code wsdl/police.wsdl}, with no
 * generated classes. Not thread-safe; a connector runs one sync at a time.
 */
public final class PoliceClient {

    static final String NS = "urn:civichub:police:v1";
    private static final QName SERVICE = new QName(NS, "PoliceService");
    private static final QName PORT = new QName(NS, "PolicePort");

    private final String endpoint;
    private final Duration timeout;
    private Dispatch<Source> dispatch;

    public PoliceClient(String endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /**
     * Asks for one page of changes after {@code since} (null: from the beginning), or the page of
     * {@code pageToken}.
     *
     * @throws ServiceBusyException  when the service answers {@code SERVICE_BUSY}
     * @throws PoliceFaultException  when the service refuses the request
     * @throws PoliceAnswerException when the answer carries a DOCTYPE or more records than {@code pageSize}
     * @throws WebServiceException   when the service cannot be reached
     */
    public QueryPage queryChanges(String since, String pageToken, int pageSize) {
        Source response;
        try {
            Source request = new StreamSource(new StringReader(request(since, pageToken, pageSize)));
            // SOAP faults are built through SAAJ, which CXF looks up with the context class loader.
            response = Cxf.call(() -> dispatch().invoke(request));
        } catch (WebServiceException e) {
            throw failure(e, since, pageToken);
        }
        QueryPage page = QueryResponse.parse(response);
        if (page.records().size() > pageSize) {
            throw new PoliceAnswerException(IdMask.mask("refused " + describe(since, pageToken) + ": it holds "
                    + page.records().size() + " records, more than the " + pageSize + " asked for"));
        }
        return page;
    }

    /** What a failed call means: an answer we refused, a busy service, a refused request, or {@code e} itself. */
    private static RuntimeException failure(WebServiceException e, String since, String pageToken) {
        // CXF reports our own refusal of the answer as a SOAP fault too; only the cause tells them apart.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoDoctypeInputFactory.DoctypeRefusedException) {
                return new PoliceAnswerException("refused the answer to " + IdMask.mask(describe(since, pageToken))
                        + ": " + t.getMessage(), e);
            }
        }
        if (e instanceof SOAPFaultException f) {
            String fault = f.getFault().getFaultString();
            if ("SERVICE_BUSY".equals(fault)) {
                return new ServiceBusyException("the police service is busy");
            }
            return new PoliceFaultException("the police service refused the request: " + fault, e);
        }
        return e;
    }

    /** Names a page by what was asked for: the first page after {@code since}, or the page of a token. */
    static String describe(String since, String pageToken) {
        if (pageToken != null && !pageToken.isEmpty()) {
            return "the page of token " + pageToken;
        }
        return since == null || since.isEmpty() ? "the first page" : "the first page after " + since;
    }

    static String request(String since, String pageToken, int pageSize) {
        StringBuilder sb = new StringBuilder("<queryChanges xmlns=\"").append(NS).append("\">");
        if (since != null && !since.isEmpty()) {
            sb.append("<since>").append(Xml.escape(since)).append("</since>");
        }
        if (pageToken != null && !pageToken.isEmpty()) {
            sb.append("<pageToken>").append(Xml.escape(pageToken)).append("</pageToken>");
        }
        return sb.append("<pageSize>").append(pageSize).append("</pageSize></queryChanges>").toString();
    }

    private Dispatch<Source> dispatch() {
        if (dispatch == null) {
            dispatch = Cxf.call(() -> {
                Service service = Service.create(SERVICE);
                service.addPort(PORT, SOAPBinding.SOAP11HTTP_BINDING, endpoint);
                Dispatch<Source> d = service.createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
                Map<String, Object> ctx = d.getRequestContext();
                ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
                ctx.put("javax.xml.ws.client.connectionTimeout", timeout.toMillis());
                ctx.put("javax.xml.ws.client.receiveTimeout", timeout.toMillis());
                ctx.put(XMLInputFactory.class.getName(), new NoDoctypeInputFactory());
                return d;
            });
        }
        return dispatch;
    }
}
