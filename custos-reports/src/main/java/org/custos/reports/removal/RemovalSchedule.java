package org.custos.reports.removal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What is due for open notices now, by the policy and a {@link Clock}: a re-send once the interval has passed
 * since the last sending, an escalation once the escalation delay has passed since the first (each at most
 * once), and for each notice the time it next needs attention. Pure logic; the server sends and records.
 */
public final class RemovalSchedule {
    public enum Step { RESEND, ESCALATE }

    public record Due(RemovalNotice notice, Step step) {
    }

    private final RemovalPolicy policy;
    private final Clock clock;

    public RemovalSchedule(RemovalPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public List<Due> due(Iterable<RemovalNotice> notices) {
        Instant now = clock.instant();
        List<Due> out = new ArrayList<>();
        for (RemovalNotice n : notices) {
            if (!n.open()) continue;
            if (n.escalatedAt() == null && !now.isBefore(escalationTime(n))) out.add(new Due(n, Step.ESCALATE));
            if (!now.isBefore(resendTime(n))) out.add(new Due(n, Step.RESEND));
        }
        return out;
    }

    /** When the notice next needs attention, or {@code null} when it is closed. */
    public Instant nextAttention(RemovalNotice n) {
        if (!n.open()) return null;
        Instant resend = resendTime(n);
        return n.escalatedAt() == null && escalationTime(n).isBefore(resend) ? escalationTime(n) : resend;
    }

    private Instant resendTime(RemovalNotice n) {
        return n.lastSentAt().plus(policy.resendInterval());
    }

    private Instant escalationTime(RemovalNotice n) {
        return n.firstSentAt().plus(policy.escalateAfter());
    }
}
