package org.custos.lists.format;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.Provenance;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One StopNCII fetch-hashes page: {@code hashRecords} with {@code signalType} (ImagePDQ, VideoMD5, VideoTMK),
 * {@code hashValue}, {@code hashStatus} (Received and Active are active; Withdrawn and Deleted are tombstones)
 * and {@code lastModtimestamp} (epoch seconds). The id is the signal's {@code type:value}, so a later record of
 * the same hash replaces an earlier one when pages are applied in order. Case numbers are left out on purpose:
 * they identify the person's submission. Platform feedback is not list data; an unknown feedback value does not
 * cost the hash (unlike python-threatexchange, which drops the record). An unknown signal type or status is an
 * error.
 */
final class StopNciiReader extends BaseReader {
    private final JsonParser p;
    private boolean inRecords;

    StopNciiReader(InputStream in, FormatOptions options) {
        super(options);
        this.p = Json.parser(in);
    }

    @Override
    protected Entry read() {
        if (!inRecords && !enterRecords()) return null;
        if (p.nextToken() != JsonToken.START_OBJECT) return null;
        record++;
        String type = null;
        String value = null;
        Entry.Builder b = Entry.builder(null).tag("stopncii");
        Instant modified = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "signalType" -> type = at(name, p.getString());
                case "hashValue" -> value = at(name, p.getString());
                case "hashStatus" -> b.status(status(at(name, p.getString())));
                case "lastModtimestamp" -> modified = Instant.ofEpochSecond(Long.parseLong(at(name, p.getString())));
                case "hashRegions" -> EntryJsonReader.readStrings(p).forEach(r -> b.tag("region:" + r));
                default -> p.skipChildren();
            }
        }
        if (type == null || value == null) throw fail("a hash record needs signalType and hashValue");
        Signal s = new Signal(type(at("signalType", type)), at("hashValue", value), null);
        at(null, null);
        return b.signal(s).id(s.key()).provenance(new Provenance("StopNCII", modified, List.of())).build();
    }

    private static SignalType type(String signalType) {
        return switch (signalType) {
            case "ImagePDQ" -> SignalType.PDQ;
            case "VideoMD5" -> SignalType.VIDEO_MD5;
            case "VideoTMK" -> SignalType.TMK_PDQF;
            default -> throw new IllegalArgumentException("unsupported StopNCII signal type '" + signalType + "'");
        };
    }

    private static EntryStatus status(String hashStatus) {
        return switch (hashStatus) {
            case "Received", "Active" -> EntryStatus.ACTIVE;
            case "Withdrawn" -> EntryStatus.WITHDRAWN;
            case "Deleted" -> EntryStatus.DELETED;
            default -> throw new IllegalArgumentException("unknown StopNCII hash status '" + hashStatus + "'");
        };
    }

    private boolean enterRecords() {
        if (p.nextToken() != JsonToken.START_OBJECT) throw fail("a StopNCII page is one JSON object");
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken t = p.nextToken();
            if (name.equals("hashRecords") && t == JsonToken.START_ARRAY) return inRecords = true;
            p.skipChildren();
        }
        return false;
    }

    @Override
    public void close() {
        p.close();
    }
}
