package org.custos.lists.format;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.Provenance;
import org.custos.lists.SignalType;

/**
 * NCMEC hash-sharing v2 {@code queryResult} documents (namespace {@value #NS}): {@code image} and {@code video}
 * entries with member, timestamp, id, classification (read in the options' scheme, normally
 * {@code us-industry}) and fingerprints; {@code deletedImage} and {@code deletedVideo} become {@code DELETED}
 * tombstones. A video's md5 is a {@code video_md5} signal. Large fingerprints given by reference
 * ({@code <tmk-pdqf href="..."/>}) keep the reference verbatim. Negative feedback marks the entry
 * {@code DISPUTED} and names its reasons as tags; affirmative feedback adds the tag {@code ncmec-affirmed}.
 * Paging ({@code <paging><next>}) is the client's business: apply the pages in order.
 */
final class NcmecReader extends BaseReader {
    static final String NS = "https://hashsharing.ncmec.org/hashsharing/v2";
    private static final XMLInputFactory FACTORY = secureFactory();
    private final XMLStreamReader x;

    NcmecReader(InputStream in, FormatOptions options) {
        super(options);
        try {
            this.x = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw fail("not XML: " + e.getMessage());
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    @Override
    protected Entry read() {
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                String name = x.getLocalName();
                switch (name) {
                    case "image", "video", "deletedImage", "deletedVideo" -> {
                        record++;
                        return entry(name);
                    }
                    default -> { }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw fail("malformed XML at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
                    + ": " + e.getMessage());
        }
    }

    private Entry entry(String kind) throws XMLStreamException {
        boolean video = kind.equals("video") || kind.equals("deletedVideo");
        Entry.Builder b = Entry.builder(null).status(kind.startsWith("deleted") ? EntryStatus.DELETED : EntryStatus.ACTIVE);
        String member = null;
        Instant timestamp = null;
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = x.getLocalName();
            switch (name) {
                case "member" -> member = at("member", x.getElementText());
                case "timestamp" -> timestamp = Instant.parse(at("timestamp", x.getElementText()));
                case "id" -> b.id(at("id", x.getElementText()));
                case "classification" -> b.classification(
                        options.crosswalk().classify(options.scheme(), at("classification", x.getElementText())));
                case "fingerprints" -> fingerprints(b, video);
                case "feedback" -> feedback(b);
                default -> skip();
            }
        }
        b.provenance(new Provenance(member, timestamp, List.of()));
        at(null, null);
        return b.build();
    }

    private void fingerprints(Entry.Builder b, boolean video) throws XMLStreamException {
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = x.getLocalName();
            String href = x.getAttributeValue(null, "href");
            String text = x.getElementText().strip();
            String value = at("fingerprints." + name, text.isEmpty() && href != null ? href : text);
            SignalType type = switch (name) {
                case "md5" -> video ? SignalType.VIDEO_MD5 : SignalType.MD5;
                case "pdna" -> SignalType.PHOTODNA;
                default -> SignalType.ofToken(name);
            };
            b.signal(type, value);
        }
    }

    private void feedback(Entry.Builder b) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) depth--;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            switch (x.getLocalName()) {
                case "affirmativeFeedback" -> b.tag("ncmec-affirmed");
                case "negativeFeedback" -> b.status(EntryStatus.DISPUTED);
                case "reason" -> b.tag("ncmec-negative:" + x.getAttributeValue(null, "name"));
                default -> { }
            }
        }
    }

    private void skip() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    @Override
    public void close() {
        try {
            x.close();
        } catch (XMLStreamException e) {
            throw fail(e.getMessage());
        }
    }
}
