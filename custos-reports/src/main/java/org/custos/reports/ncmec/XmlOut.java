package org.custos.reports.ncmec;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.custos.reports.ReportException;

/** A small XML writer over StAX: elements with text, skipped when the value is absent; escaping by StAX. */
final class XmlOut {
    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    XmlOut() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new ReportException("cannot start an XML document", e);
        }
    }

    XmlOut open(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    XmlOut attribute(String name, String value) {
        return run(() -> xml.writeAttribute(name, value));
    }

    XmlOut close() {
        return run(xml::writeEndElement);
    }

    /** {@code <name>value</name>}, or nothing when {@code value} is null. */
    XmlOut leaf(String name, Object value) {
        if (value == null) return this;
        return open(name).run(() -> xml.writeCharacters(value.toString())).close();
    }

    /** Character content of the open element. */
    XmlOut run(String characters) {
        return run(() -> xml.writeCharacters(characters));
    }

    String finish() {
        run(xml::writeEndDocument);
        return text.toString();
    }

    private XmlOut run(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new ReportException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }
}
