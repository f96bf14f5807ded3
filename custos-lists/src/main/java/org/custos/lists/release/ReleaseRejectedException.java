package org.custos.lists.release;

import org.custos.CustosException;

/** A release a subscriber must not apply; nothing was changed. The reason says which check failed. */
public class ReleaseRejectedException extends CustosException {
    public enum Reason {
        UNSIGNED, TAMPERED, MALFORMED, UNKNOWN_KEY, REVOKED_KEY, WRONG_LIST, REPLAYED, OUT_OF_ORDER,
        PARENT_MISMATCH, SNAPSHOT_MISMATCH
    }

    private final Reason reason;

    public ReleaseRejectedException(Reason reason, String message) {
        super("release refused (" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
