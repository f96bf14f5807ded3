package org.custos.lists;

import java.util.Locale;
import org.custos.InvalidValueException;

/**
 * The kinds of signal an entry may carry. Digests and PDQ are validated and normalised to lower-case hex of
 * their exact length; foreign types (PhotoDNA, TMK+PDQF, vPDQ, NetClean, Videntifier, NCMEC's SSVH) are kept verbatim, since
 * Custos neither computes nor matches them and their encodings differ between sources.
 */
public enum SignalType {
    MD5("md5", 32),
    SHA1("sha1", 40),
    SHA256("sha256", 64),
    PDQ("pdq", 64),
    /** MD5 of a whole video file, as HMA names it; kept apart from image MD5 because indexes differ. */
    VIDEO_MD5("video_md5", 32),
    PHOTODNA("photodna", 0),
    TMK_PDQF("tmk_pdqf", 0),
    VPDQ("vpdq", 0),
    NETCLEAN("netclean", 0),
    VIDENTIFIER("videntifier", 0),
    /** NCMEC's fingerprints of the SSVH service (PhotoDNA and Safer hashes), kept verbatim. */
    SSVH_PDNA("ssvh_pdna", 0),
    SSVH_SAFER_HASH("ssvh_safer_hash", 0);

    public static final int MAX_FOREIGN_LENGTH = 1 << 20;
    private final String token;
    private final int hexLength;

    SignalType(String token, int hexLength) {
        this.token = token;
        this.hexLength = hexLength;
    }

    /** The lower-case name used in Custos files ({@code md5}, {@code tmk_pdqf}...). */
    public String token() {
        return token;
    }

    public boolean foreign() {
        return hexLength == 0;
    }

    public int hexLength() {
        return hexLength;
    }

    public static SignalType ofToken(String token) {
        String t = token == null ? "" : token.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (SignalType type : values()) {
            if (type.token.equals(t)) return type;
        }
        throw new InvalidValueException("unknown signal type '" + token + "'");
    }

    /** Validates {@code value} for this type and returns its normal form. */
    public String normalise(String value) {
        if (value == null || value.isEmpty()) throw new InvalidValueException(token + " value is empty");
        return foreign() ? checkForeign(value) : Hex.normalise(value, hexLength, token);
    }

    private String checkForeign(String value) {
        if (value.length() > MAX_FOREIGN_LENGTH) {
            throw new InvalidValueException(token + " value is longer than " + MAX_FOREIGN_LENGTH + " characters");
        }
        return value;
    }
}
