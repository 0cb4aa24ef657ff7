package org.civichub.connector.police.internal;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.EventFilter;
import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.XMLEventAllocator;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.Source;

/**
 * The StAX factory CXF reads the police service's answers with: the JDK's parser with DTDs and
 * external entities switched off, and a reader that refuses a DOCTYPE outright (a SOAP message must
 * not carry one) with {@link DoctypeRefusedException}, so no entity is ever expanded and nothing
 * external is ever fetched. Only stream readers are offered; CXF asks for nothing else.
 */
final class NoDoctypeInputFactory extends XMLInputFactory {

    private final XMLInputFactory delegate = XMLInputFactory.newDefaultFactory();

    NoDoctypeInputFactory() {
        delegate.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        delegate.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        delegate.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        delegate.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /** Thrown by a reader when the document has a DOCTYPE. */
    static final class DoctypeRefusedException extends XMLStreamException {
        DoctypeRefusedException() {
            super("the answer carries a DOCTYPE, which a SOAP message must not have; it was not read");
        }
    }

    private static XMLStreamReader refusingDoctype(XMLStreamReader reader) {
        return new StreamReaderDelegate(reader) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new DoctypeRefusedException();
                }
                return event;
            }

            @Override
            public int nextTag() throws XMLStreamException {
                int event = next();
                while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                        || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                        || event == XMLStreamConstants.CHARACTERS && isWhiteSpace()) {
                    event = next();
                }
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    throw new XMLStreamException("expected a start or end tag, found event " + event, getLocation());
                }
                return event;
            }
        };
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Reader reader) throws XMLStreamException {
        return refusingDoctype(delegate.createXMLStreamReader(reader));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream) throws XMLStreamException {
        return refusingDoctype(delegate.createXMLStreamReader(stream));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream, String encoding) throws XMLStreamException {
        return refusingDoctype(delegate.createXMLStreamReader(stream, encoding));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, InputStream stream) throws XMLStreamException {
        return refusingDoctype(delegate.createXMLStreamReader(systemId, stream));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, Reader reader) throws XMLStreamException {
        return refusingDoctype(delegate.createXMLStreamReader(systemId, reader));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Source source) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createXMLEventReader(Reader reader) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, Reader reader) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createXMLEventReader(XMLStreamReader reader) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createXMLEventReader(Source source) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream, String encoding) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, InputStream stream) {
        throw unsupported();
    }

    @Override
    public XMLStreamReader createFilteredReader(XMLStreamReader reader, StreamFilter filter) {
        throw unsupported();
    }

    @Override
    public XMLEventReader createFilteredReader(XMLEventReader reader, EventFilter filter) {
        throw unsupported();
    }

    @Override
    public XMLResolver getXMLResolver() {
        return null;
    }

    @Override
    public void setXMLResolver(XMLResolver resolver) {
        throw unsupported();
    }

    @Override
    public XMLReporter getXMLReporter() {
        return delegate.getXMLReporter();
    }

    @Override
    public void setXMLReporter(XMLReporter reporter) {
        delegate.setXMLReporter(reporter);
    }

    @Override
    public void setProperty(String name, Object value) {
        throw unsupported();
    }

    @Override
    public Object getProperty(String name) {
        return delegate.getProperty(name);
    }

    @Override
    public boolean isPropertySupported(String name) {
        return delegate.isPropertySupported(name);
    }

    @Override
    public void setEventAllocator(XMLEventAllocator allocator) {
        throw unsupported();
    }

    @Override
    public XMLEventAllocator getEventAllocator() {
        return delegate.getEventAllocator();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("only stream readers of the police service's answers are offered");
    }
}
