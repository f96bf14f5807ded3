package org.custos.lists.format;

import java.io.OutputStream;
import org.custos.lists.Entry;
import org.custos.lists.Signal;

import tools.jackson.core.JsonGenerator;

/**
 * Writes a fetch-hashes shaped page ({@code hashRecords} then {@code count}, {@code hasMoreRecords} false) of
 * the entries' PDQ, video MD5 or TMK signals, with their status. Entries with none of these are left out.
 */
final class StopNciiWriter implements EntryWriter {
    private final JsonGenerator g;
    private long count;

    StopNciiWriter(OutputStream out) {
        g = Json.generator(out);
        g.writeStartObject();
        g.writeName("hashRecords");
        g.writeStartArray();
    }

    @Override
    public void write(Entry e) {
        for (Signal s : e.signals()) {
            String type = switch (s.type()) {
                case PDQ -> "ImagePDQ";
                case VIDEO_MD5 -> "VideoMD5";
                case TMK_PDQF -> "VideoTMK";
                default -> null;
            };
            if (type != null) record(e, s, type);
        }
    }

    private void record(Entry e, Signal s, String type) {
        count++;
        g.writeStartObject();
        if (e.provenance().added() != null) g.writeNumberProperty("lastModtimestamp", e.provenance().added().getEpochSecond());
        g.writeStringProperty("hashValue", s.value());
        g.writeStringProperty("hashStatus", switch (e.status()) {
            case ACTIVE, DISPUTED -> "Active";
            case WITHDRAWN -> "Withdrawn";
            case DELETED -> "Deleted";
        });
        g.writeStringProperty("signalType", type);
        g.writeEndObject();
    }

    @Override
    public void close() {
        g.writeEndArray();
        g.writeNumberProperty("count", count);
        g.writeBooleanProperty("hasMoreRecords", false);
        g.writeEndObject();
        g.close();
    }
}
