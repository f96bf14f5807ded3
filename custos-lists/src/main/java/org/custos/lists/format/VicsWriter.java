package org.custos.lists.format;

import java.io.OutputStream;
import org.custos.lists.Entry;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import tools.jackson.core.JsonGenerator;

/**
 * Writes VICS 2.0 ({@code @odata.context} with the profile of the options' scheme) as a flat {@code Media}
 * array. Tombstones are left out: VICS has no way to say "withdrawn"; publish those through releases.
 */
final class VicsWriter implements EntryWriter {
    static final String CONTEXT = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/%s/$metadata#Media";
    private final JsonGenerator g;
    private final FormatOptions options;
    private long mediaId;

    VicsWriter(OutputStream out, FormatOptions options) {
        this.g = Json.generator(out);
        this.options = options;
        g.writeStartObject();
        g.writeStringProperty("@odata.context", CONTEXT.formatted(VicsProfile.forScheme(options.scheme())));
        g.writeName("value");
        g.writeStartArray();
    }

    @Override
    public void write(Entry e) {
        if (e.status().tombstone()) return;
        g.writeStartObject();
        g.writeNumberProperty("MediaID", ++mediaId);
        String label = Labels.label(e, options);
        if (!label.isEmpty()) category(label);
        digest("MD5", e.signal(SignalType.MD5));
        digest("SHA1", e.signal(SignalType.SHA1));
        digest("SHA256", e.signal(SignalType.SHA256));
        digest("PhotoDNA", e.signal(SignalType.PHOTODNA));
        if (e.series() != null) g.writeStringProperty("Series", e.series());
        g.writeBooleanProperty("VictimIdentified", e.tags().contains("victim-identified"));
        alternatives(e);
        g.writeEndObject();
    }

    private void category(String label) {
        if (label.chars().allMatch(Character::isDigit)) g.writeNumberProperty("Category", Integer.parseInt(label));
        else g.writeStringProperty("Category", label);
    }

    private void digest(String name, Signal s) {
        if (s != null) g.writeStringProperty(name, name.equals("PhotoDNA") ? s.value() : s.value().toUpperCase(java.util.Locale.ROOT));
    }

    private void alternatives(Entry e) {
        var others = e.signals().stream().filter(s -> switch (s.type()) {
            case MD5, SHA1, SHA256, PHOTODNA -> false;
            default -> true;
        }).toList();
        if (others.isEmpty()) return;
        g.writeName("AlternativeHashes");
        g.writeStartArray();
        for (Signal s : others) {
            g.writeStartObject();
            g.writeStringProperty("HashName", s.type().token().toUpperCase(java.util.Locale.ROOT));
            g.writeStringProperty("HashValue", s.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public void close() {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}
