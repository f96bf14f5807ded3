package org.custos.reports.vault;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.custos.Preconditions;

/**
 * A case's preservation: preserved at a time under a regime, with legal holds. It expires at preservation plus
 * the regime's period (calendar arithmetic in UTC), and may be shredded only when expired and under no active
 * hold; a hold released later lets it go at the next check.
 */
public record Retention(String caseId, RetentionRegime regime, Instant preservedAt, List<LegalHold> holds) {
    public Retention {
        Preconditions.checkNotNull(caseId, "case id");
        Preconditions.checkNotNull(regime, "retention regime");
        Preconditions.checkNotNull(preservedAt, "preserved at");
        holds = List.copyOf(holds);
    }

    public Instant expiresAt() {
        return preservedAt.atOffset(ZoneOffset.UTC).plus(regime.retention()).toInstant();
    }

    public boolean held(Instant now) {
        return holds.stream().anyMatch(h -> h.active(now));
    }

    public boolean shredDue(Instant now) {
        return !now.isBefore(expiresAt()) && !held(now);
    }

    public Retention withHold(LegalHold hold) {
        Preconditions.check(holds.stream().noneMatch(h -> h.holdId().equals(hold.holdId())), "hold %s already exists", hold.holdId());
        List<LegalHold> more = new java.util.ArrayList<>(holds);
        more.add(hold);
        return new Retention(caseId, regime, preservedAt, more);
    }

    public Retention releasing(String holdId, Instant at) {
        Preconditions.check(holds.stream().anyMatch(h -> h.holdId().equals(holdId)), "no hold %s on case %s", holdId, caseId);
        return new Retention(caseId, regime, preservedAt,
                holds.stream().map(h -> h.holdId().equals(holdId) ? h.release(at) : h).toList());
    }
}
