package org.custos.reports.vault;

import java.time.Instant;
import org.custos.Preconditions;
import org.custos.reports.model.Fields;

/** An order to keep a case beyond its retention (a court, an authority's request); active until released. */
public record LegalHold(String holdId, String requestedBy, String reason, Instant placedAt, Instant releasedAt) {
    public LegalHold {
        holdId = Fields.required(holdId, Fields.SHORT, "hold id");
        requestedBy = Fields.required(requestedBy, Fields.SHORT, "hold requested by");
        reason = Fields.required(reason, Fields.LONG, "hold reason");
        Preconditions.checkNotNull(placedAt, "hold placed at");
        Preconditions.check(releasedAt == null || !releasedAt.isBefore(placedAt), "hold %s released before it was placed", holdId);
    }

    public boolean active(Instant now) {
        return !now.isBefore(placedAt) && (releasedAt == null || now.isBefore(releasedAt));
    }

    public LegalHold release(Instant at) {
        return new LegalHold(holdId, requestedBy, reason, placedAt, at);
    }
}
