package org.civichub.simulators.police;

import java.io.StringReader;
import java.net.URL;

import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;

import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;

import org.w3c.dom.Document;

/** A JAX-WS client (CXF) built from the served WSDL, in payload mode: no generated classes. */
final class SoapDispatch {

    private final Dispatch<Source> dispatch;

    SoapDispatch(String wsdlUrl) throws Exception {
        Service service = Service.create(new URL(wsdlUrl), PoliceContract.SERVICE);
        dispatch = service.createDispatch(PoliceContract.PORT, Source.class, Service.Mode.PAYLOAD);
    }

    /** Sends a payload; a SOAP fault surfaces as {@link jakarta.xml.ws.soap.SOAPFaultException}. */
    Document invoke(String payload) throws Exception {
        Source response = dispatch.invoke(new StreamSource(new StringReader(payload)));
        DOMResult result = new DOMResult();
        TransformerFactory.newInstance().newTransformer().transform(response, result);
        return (Document) result.getNode();
    }

    SoapHttp.Page query(String since, String pageToken, int pageSize) throws Exception {
        return SoapHttp.parsePage(invoke(SoapHttp.payload(since, pageToken, String.valueOf(pageSize))).getDocumentElement());
    }
}
