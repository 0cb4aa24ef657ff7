package org.civichub.connector.police.internal;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Escaping of text for XML element content, and reading of XML that never trusts a DOCTYPE. */
final class Xml {

    private Xml() {
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Copies {@code source} into a DOM. Text still to be parsed is parsed with DOCTYPEs disallowed,
     * external entities off and secure processing on; the copy itself may reach nothing external.
     *
     * @throws TransformerException when the source is not well-formed or carries a DOCTYPE
     */
    static Node toDom(Source source) throws TransformerException {
        Source safe = source instanceof StreamSource s
                ? new SAXSource(hardenedReader(), SAXSource.sourceToInputSource(s)) : source;
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        DOMResult result = new DOMResult();
        factory.newTransformer().transform(safe, result);
        return result.getNode();
    }

    private static XMLReader hardenedReader() throws TransformerException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new TransformerException("no hardened XML parser: " + e.getMessage(), e);
        }
    }
}
