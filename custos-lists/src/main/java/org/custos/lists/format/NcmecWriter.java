package org.custos.lists.format;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.ListFormatException;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;

/**
 * Writes a hash-sharing v2 {@code queryResult}: runs of consecutive images and videos in {@code <images>} and
 * {@code <videos>} groups (no counts, which a stream cannot know in advance), tombstones as
 * {@code deletedImage}/{@code deletedVideo}, the classification in the options' scheme.
 */
final class NcmecWriter implements EntryWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final OutputStream out;
    private final XMLStreamWriter x;
    private final FormatOptions options;
    private String group;

    NcmecWriter(OutputStream out, FormatOptions options) {
        this.options = options;
        this.out = out;
        try {
            x = FACTORY.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("queryResult");
            x.writeDefaultNamespace(NcmecReader.NS);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(Entry e) {
        boolean video = e.signals().stream().anyMatch(s -> switch (s.type()) {
            case VIDEO_MD5, TMK_PDQF, VPDQ, VIDENTIFIER -> true;
            default -> false;
        });
        try {
            group(video ? "videos" : "images");
            boolean gone = e.status().tombstone();
            x.writeStartElement(gone ? (video ? "deletedVideo" : "deletedImage") : (video ? "video" : "image"));
            if (e.provenance().contributor() != null) element("member", e.provenance().contributor());
            if (e.provenance().added() != null) element("timestamp", e.provenance().added().toString());
            element("id", e.id());
            if (!gone) body(e);
            x.writeEndElement();
        } catch (XMLStreamException ex) {
            throw failure(ex);
        }
    }

    private void body(Entry e) throws XMLStreamException {
        String label = Labels.label(e, options);
        if (!label.isEmpty()) element("classification", label);
        x.writeStartElement("fingerprints");
        for (Signal s : e.signals()) element(name(s.type()), s.value());
        x.writeEndElement();
        if (e.status() == EntryStatus.DISPUTED) {
            x.writeStartElement("feedback");
            x.writeEmptyElement("negativeFeedback");
            x.writeEndElement();
        }
    }

    private static String name(SignalType type) {
        return switch (type) {
            case MD5, VIDEO_MD5 -> "md5";
            case PHOTODNA -> "pdna";
            default -> type.token();
        };
    }

    private void group(String name) throws XMLStreamException {
        if (name.equals(group)) return;
        if (group != null) x.writeEndElement();
        x.writeStartElement(name);
        group = name;
    }

    private void element(String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    @Override
    public void close() {
        try {
            if (group != null) x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            out.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ListFormatException failure(XMLStreamException e) {
        return new ListFormatException(options.source(), 0, null, null, "cannot write XML: " + e.getMessage());
    }
}
