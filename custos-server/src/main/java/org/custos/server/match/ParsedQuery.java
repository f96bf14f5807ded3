package org.custos.server.match;

import java.util.List;
import org.custos.InvalidValueException;
import org.custos.hash.PdqHash;
import org.custos.hash.PdqResult;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;

/**
 * A query checked for matching. Errors name the query's position and what is wrong, never its value: a hash
 * that matches nothing must not reach an error message (invariant 1).
 */
record ParsedQuery(int index, SignalType type, String value, Integer quality, List<PdqHash> variants) {
    private static final List<SignalType> MATCHABLE = List.of(SignalType.PDQ, SignalType.MD5, SignalType.SHA1,
            SignalType.SHA256);

    static ParsedQuery of(int index, HashQuery query) {
        if (query == null || query.type() == null || query.value() == null) {
            throw new InvalidValueException("hashes[" + index + "] needs a type and a value");
        }
        SignalType type = MATCHABLE.stream().filter(t -> t.token().equalsIgnoreCase(query.type().strip()))
                .findFirst().orElseThrow(() -> new InvalidValueException("hashes[" + index
                        + "] has a type that is not one of pdq, md5, sha1, sha256"));
        String value;
        try {
            value = Signal.of(type, query.value()).value();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("hashes[" + index + "] is not a " + type.token() + " value ("
                    + type.hexLength() + " hex digits)");
        }
        if (query.quality() != null && (query.quality() < 0 || query.quality() > 100)) {
            throw new InvalidValueException("hashes[" + index + "] has a quality outside 0 to 100");
        }
        return new ParsedQuery(index, type, value, query.quality(), List.of());
    }

    /** A PDQ hash whose quality is known and below 50, which the reference calls unreliable for matching. */
    boolean unmatchable() {
        return type == SignalType.PDQ && quality != null && quality < PdqResult.MIN_MATCHABLE_QUALITY;
    }

    @Override
    public String toString() {
        return "ParsedQuery[" + index + ", " + type.token() + "]";
    }

    static ParsedQuery digest(SignalType type, String hex) {
        return new ParsedQuery(0, type, hex, null, List.of());
    }

    /** An image's PDQ, with its eight dihedral variants when dihedral matching was asked for. */
    static ParsedQuery image(PdqResult pdq, List<PdqHash> variants) {
        return new ParsedQuery(0, SignalType.PDQ, pdq.hash().toHex(), pdq.quality(), List.copyOf(variants));
    }

    PdqHash pdq() {
        return PdqHash.parse(value);
    }
}
