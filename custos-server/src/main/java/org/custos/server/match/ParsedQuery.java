package org.custos.server.match;

import java.util.List;
import org.custos.CustosException;
import org.custos.InvalidValueException;
import org.custos.hash.PdqHash;
import org.custos.hash.PdqResult;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import org.custos.video.VpdqJson;
import org.custos.video.match.VpdqSignature;

/**
 * A query checked for matching. Errors name the query's position and what is wrong, never its value: a hash
 * that matches nothing must not reach an error message (invariant 1). A vPDQ query carries its signature
 * (distinct frame hashes of quality 50 or more); one with no such frame is unmatchable, like a weak PDQ.
 */
record ParsedQuery(int index, SignalType type, String value, Integer quality, List<PdqHash> variants,
                   VpdqSignature video) {
    private static final List<SignalType> MATCHABLE = List.of(SignalType.PDQ, SignalType.MD5, SignalType.SHA1,
            SignalType.SHA256, SignalType.VIDEO_MD5, SignalType.VPDQ);
    private static final String TYPES = "pdq, md5, sha1, sha256, video_md5, vpdq";

    static ParsedQuery of(int index, HashQuery query) {
        if (query == null || query.type() == null || query.value() == null) {
            throw new InvalidValueException("hashes[" + index + "] needs a type and a value");
        }
        SignalType type = MATCHABLE.stream().filter(t -> t.token().equalsIgnoreCase(query.type().strip()))
                .findFirst().orElseThrow(() -> new InvalidValueException("hashes[" + index
                        + "] has a type that is not one of " + TYPES));
        if (query.quality() != null && (query.quality() < 0 || query.quality() > 100)) {
            throw new InvalidValueException("hashes[" + index + "] has a quality outside 0 to 100");
        }
        if (type == SignalType.VPDQ) {
            return new ParsedQuery(index, type, "", null, List.of(), signature(index, query.value()));
        }
        return new ParsedQuery(index, type, normalised(index, type, query.value()), query.quality(), List.of(), null);
    }

    private static String normalised(int index, SignalType type, String value) {
        try {
            return Signal.of(type, value).value();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("hashes[" + index + "] is not a " + type.token() + " value ("
                    + type.hexLength() + " hex digits)");
        }
    }

    /** The error names the frame and the problem's kind only: the frame text is the caller's hash. */
    private static VpdqSignature signature(int index, String json) {
        if (json.length() > SignalType.MAX_FOREIGN_LENGTH) {
            throw new InvalidValueException("hashes[" + index + "] is a vpdq value longer than "
                    + SignalType.MAX_FOREIGN_LENGTH + " characters");
        }
        try {
            return VpdqSignature.of(VpdqJson.parse(json));
        } catch (CustosException e) {
            throw new InvalidValueException("hashes[" + index + "] is not a vpdq value (a JSON array of "
                    + "\"pdqHex,quality,seconds\" strings)");
        }
    }

    /** A PDQ of known quality below 50, or a video with no frame of quality 50 or more: unreliable to match. */
    boolean unmatchable() {
        return type == SignalType.PDQ && quality != null && quality < PdqResult.MIN_MATCHABLE_QUALITY
                || type == SignalType.VPDQ && video.isEmpty();
    }

    @Override
    public String toString() {
        return "ParsedQuery[" + index + ", " + type.token() + "]";
    }

    static ParsedQuery digest(SignalType type, String hex) {
        return new ParsedQuery(0, type, hex, null, List.of(), null);
    }

    /** An image's PDQ, with its eight dihedral variants when dihedral matching was asked for. */
    static ParsedQuery image(PdqResult pdq, List<PdqHash> variants) {
        return new ParsedQuery(0, SignalType.PDQ, pdq.hash().toHex(), pdq.quality(), List.copyOf(variants), null);
    }

    /** An uploaded video's vPDQ signature. */
    static ParsedQuery video(VpdqSignature signature) {
        return new ParsedQuery(0, SignalType.VPDQ, "", null, List.of(), signature);
    }

    PdqHash pdq() {
        return PdqHash.parse(value);
    }
}
