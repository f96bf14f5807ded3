package org.custos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.CustosException;
import org.custos.hash.PdqHash;
import org.custos.lists.Entry;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import org.custos.lists.format.EntryReader;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.video.VpdqJson;
import org.custos.video.match.VideoIndex;
import org.custos.video.tmk.TmkFeatures;
import org.custos.video.tmk.TmkFile;
import org.custos.video.match.VpdqSignature;

/**
 * What {@code custos scan} matches against: the PDQ hashes of images (as {@link MatchInput}) and, for a list in a
 * custos-lists format, the vPDQ signatures and TMK+PDQF hashes of its listed videos. Only entries that may match are kept: withdrawn
 * and deleted entries never match.
 */
record ScanList(MatchInput images, VideoIndex<String> videos, List<ListedTmk> tmks) implements AutoCloseable {
    /** A listed TMK+PDQF hash and the id of its entry. */
    record ListedTmk(String id, TmkFeatures features) {
    }

    /** A plain PDQ file (one hash per line or {@code id,hash}). */
    static ScanList plain(Path file) {
        return new ScanList(MatchInput.read(file), VideoIndex.create(), List.of());
    }

    /** A list file in one of custos-lists' formats. */
    static ScanList read(Path file, ListFormat format, FormatOptions options) {
        List<String> ids = new ArrayList<>();
        List<PdqHash> hashes = new ArrayList<>();
        VideoIndex<String> videos = VideoIndex.create();
        List<ListedTmk> tmks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); EntryReader entries = format.reader(in, options)) {
            entries.forEachRemaining(entry -> {
                if (!entry.status().tombstone()) {
                    add(entry, ids, hashes, videos, tmks);
                }
            });
        } catch (IOException e) {
            videos.close();
            throw new MatchInputException(file, 0, "cannot read: " + e.getMessage());
        } catch (CustosException e) {
            videos.close();
            throw e;
        }
        return new ScanList(new MatchInput(ids, hashes), videos, List.copyOf(tmks));
    }

    private static void add(Entry entry, List<String> ids, List<PdqHash> hashes, VideoIndex<String> videos,
            List<ListedTmk> tmks) {
        for (Signal signal : entry.signals()) {
            if (signal.type() == SignalType.PDQ) {
                ids.add(entry.id());
                hashes.add(PdqHash.parse(signal.value()));
            } else if (signal.type() == SignalType.VPDQ) {
                videos.add(entry.id(), VpdqSignature.of(VpdqJson.parse(signal.value())));
            } else if (signal.type() == SignalType.TMK_PDQF) {
                tmks.add(new ListedTmk(entry.id(), TmkFile.readBase64(signal.value())));
            }
        }
    }

    @Override
    public void close() {
        videos.close();
    }
}
