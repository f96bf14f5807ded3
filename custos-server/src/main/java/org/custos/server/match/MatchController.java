package org.custos.server.match;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.custos.InvalidValueException;
import org.custos.hash.HashOptions;
import org.custos.hash.ImageHash;
import org.custos.hash.ImageHasher;
import org.custos.hash.PdqHash;
import org.custos.lists.SignalType;
import org.custos.server.review.Grouping;
import org.custos.server.security.Caller;
import org.custos.server.web.UnsupportedMediaTypeException;
import org.custos.video.VideoSniffer;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Matching. Image bytes are hashed in memory (custos-hash) and dropped with the request: nothing of the
 * content is written anywhere; only a match records the content's digests, as its match event.
 */
@RestController
@PreAuthorize("hasRole('MATCHER')")
@Tag(name = "Matching", description = "Match images or precomputed hashes against subscribed lists")
public class MatchController {
    /** Headers naming the uploading account and upload batch of an image, to group matches into a case. */
    public static final String ACCOUNT = "Custos-Account";
    public static final String BATCH = "Custos-Batch";
    private final MatchService matching;

    public MatchController(MatchService matching) {
        this.matching = matching;
    }

    @PostMapping(path = "/v1/match/hashes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Match up to 10,000 precomputed hashes (pdq, md5, sha1, sha256, video_md5, vpdq); "
            + "content never leaves you")
    public MatchAnswer hashes(@AuthenticationPrincipal Caller caller, @RequestBody HashQueries request) {
        if (request.hashes() == null || request.hashes().isEmpty() || request.hashes().size() > HashQueries.MAX) {
            throw new InvalidValueException("hashes must hold 1 to " + HashQueries.MAX + " hashes, held "
                    + (request.hashes() == null ? 0 : request.hashes().size()));
        }
        List<ParsedQuery> batch = new ArrayList<>(request.hashes().size());
        for (int i = 0; i < request.hashes().size(); i++) {
            batch.add(ParsedQuery.of(i, request.hashes().get(i)));
        }
        return matching.match(caller, batch, null, new Grouping(request.account(), request.batch()));
    }

    @PostMapping(path = "/v1/match", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, "image/*", "video/*"})
    @Operation(summary = "Match an image given as the raw body; it is hashed in memory and never stored. "
            + "Videos are refused (415): hash them yourself and send vpdq to /v1/match/hashes")
    public MatchAnswer image(@AuthenticationPrincipal Caller caller, @RequestBody byte[] content,
                             @RequestParam(defaultValue = "false") boolean dihedral,
                             @RequestHeader(name = ACCOUNT, required = false) String account,
                             @RequestHeader(name = BATCH, required = false) String batch) {
        return matchImage(caller, content, dihedral, new Grouping(account, batch));
    }

    @PostMapping(path = "/v1/match", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Match an image given as the multipart part 'file'")
    public MatchAnswer multipart(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dihedral,
                                 @RequestHeader(name = ACCOUNT, required = false) String account,
                                 @RequestHeader(name = BATCH, required = false) String batch) throws IOException {
        return matchImage(caller, file.getBytes(), dihedral, new Grouping(account, batch));
    }

    /** Digests and PDQ of the bytes, in memory; with {@code dihedral} also the 7 rotated and mirrored PDQs. */
    private MatchAnswer matchImage(Caller caller, byte[] content, boolean dihedral, Grouping grouping) {
        refuseVideo(content);
        ImageHash hash = new ImageHasher(HashOptions.DEFAULTS.withDihedral(dihedral)).hash(content, "upload");
        var digests = hash.digests();
        List<PdqHash> variants = hash.dihedral().map(d -> List.copyOf(d.hashes().values())).orElse(List.of());
        List<ParsedQuery> queries = List.of(ParsedQuery.digest(SignalType.MD5, digests.md5()),
                ParsedQuery.digest(SignalType.SHA1, digests.sha1()),
                ParsedQuery.digest(SignalType.SHA256, digests.sha256()), ParsedQuery.image(hash.pdq(), variants));
        return matching.match(caller, queries, digests, grouping);
    }

    /**
     * A video, told by its first bytes whatever its content type, is refused before anything is decoded: the
     * video hasher (custos-video over FFmpeg) reads only files, and content is never written to disk
     * unencrypted. Providers match videos in the privacy mode instead, by their vPDQ or video MD5.
     */
    private static void refuseVideo(byte[] content) {
        if (VideoSniffer.isVideo(Arrays.copyOf(content, Math.min(content.length, VideoSniffer.HEAD_BYTES)))) {
            throw new UnsupportedMediaTypeException("this server does not decode uploaded videos: its video "
                    + "hasher reads only files, and uploaded content is never written to disk unencrypted; hash "
                    + "the video yourself (custos hash) and send its vpdq or video_md5 to POST /v1/match/hashes");
        }
    }
}
